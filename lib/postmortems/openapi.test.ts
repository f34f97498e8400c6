import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

describe("post-mortem OpenAPI paths", () => {
  it("documents creating, reading, linting and exporting post-mortems", () => {
    const doc = openApiDocument();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/incidents/{id}/postmortem",
        "/api/v1/postmortems/{id}",
        "/api/v1/postmortems/lint",
        "/api/v1/postmortems/{id}/export",
        "/api/v1/action-items",
      ]),
    );
    const lint = doc.paths["/api/v1/postmortems/lint"].post.requestBody.content["application/json"].schema as {
      required: string[];
    };
    expect(lint.required).toEqual(["text"]);
    const save = doc.paths["/api/v1/postmortems/{id}/sections/{key}"].put.requestBody.content["application/json"]
      .schema as { required: string[] };
    expect(save.required).toEqual(expect.arrayContaining(["baseVersion", "body"]));
    expect(doc.components.schemas.Postmortem).toBeDefined();
  });
});
