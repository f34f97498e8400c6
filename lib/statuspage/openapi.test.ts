import { describe, expect, it } from "vitest";
import { paths } from "./openapi";
import { PUBLIC_FILES } from "./core/public-files";

describe("status page OpenAPI paths", () => {
  it("document every public file and the subscription endpoints, without authentication", () => {
    for (const file of Object.keys(PUBLIC_FILES)) {
      const path = file ? `/status/{slug}/${file}` : "/status/{slug}";
      expect(paths, path).toHaveProperty([path]);
      expect((paths as unknown as Record<string, { get: { security: unknown[] } }>)[path]!.get.security).toEqual([]);
    }
    expect(paths["/status/{slug}/subscribe"].post.security).toEqual([]);
    const schema = JSON.stringify(paths["/status/{slug}/subscribe"].post.requestBody);
    expect(schema).toContain("webhook");
    expect(schema).toContain("email");
    expect(paths).toHaveProperty(["/api/v1/status-pages/{pageId}/subscribers"]);
  });
});
