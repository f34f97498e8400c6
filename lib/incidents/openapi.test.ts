import { describe, expect, it } from "vitest";
import { paths } from "./openapi";

describe("incident OpenAPI paths", () => {
  it("describes dates as ISO strings and requires title and severity to declare", () => {
    const schema = paths["/api/v1/incidents"].post.requestBody.content["application/json"].schema as {
      required: string[];
      properties: Record<string, { type?: string; format?: string }>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(["title", "severity"]));
    expect(schema.properties.startedAt).toMatchObject({ type: "string", format: "date-time" });
    expect(Object.keys(paths)).toContain("/api/v1/incidents/{id}/events");
  });
});
