import { z } from "zod";
import { describe, expect, it } from "vitest";
import { jsonSchema, queryParams } from "./openapi-builder";

describe("OpenAPI builder", () => {
  it("describes dates, coerced or not, as RFC 3339 strings", () => {
    const schema = jsonSchema(z.object({ at: z.date(), since: z.coerce.date().nullable().optional() })) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.properties.at).toEqual({ type: "string", format: "date-time" });
    expect(schema.properties.since).toEqual({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] });
    expect(schema.required).toEqual(["at"]);
  });

  it("makes one query parameter per field, required only when the schema requires it", () => {
    expect(queryParams(z.object({ q: z.string(), limit: z.coerce.number().int().optional() }))).toEqual([
      { name: "q", in: "query", required: true, schema: { type: "string" } },
      {
        name: "limit",
        in: "query",
        required: false,
        schema: { type: "integer", minimum: expect.any(Number), maximum: expect.any(Number) },
      },
    ]);
  });
});
