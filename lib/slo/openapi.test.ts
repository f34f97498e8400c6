import { describe, expect, it } from "vitest";
import { paths } from "./openapi";

describe("SLO OpenAPI paths", () => {
  it("documents every SLI/SLO endpoint with bodies from the zod schemas", () => {
    expect(Object.keys(paths)).toEqual([
      "/api/v1/slis",
      "/api/v1/slis/{id}",
      "/api/v1/slis/{id}/points",
      "/api/v1/slos",
      "/api/v1/slos/{id}",
      "/api/v1/slos/{id}/status",
      "/api/v1/services/{slug}/deploy-gate",
      "/api/v1/services/{slug}/deploy-gate/exceptions",
    ]);
    const create = paths["/api/v1/slos"].post.requestBody.content["application/json"].schema as { required?: string[] };
    expect(create.required).toEqual(expect.arrayContaining(["sliId", "name", "target"]));
    expect(paths["/api/v1/slos"].get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["q", "sort", "limit", "offset"]),
    );
  });
});
