import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";

// The pieces every area's openapi.ts builds its paths from (pure, no I/O). Schemas come from
// the zod schemas the handlers validate with, so the document cannot drift from the code.

/** How a date travels over JSON: an RFC 3339 string. */
export const DATE_TIME = { type: "string", format: "date-time" } as const;

/** The JSON Schema (2020-12, the dialect of OpenAPI 3.1) of what a client sends for `schema`. */
export function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, {
    io: "input",
    // Dates have no JSON Schema of their own; the override below describes them.
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, DATE_TIME);
    },
  });
}

export const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: jsonSchema(schema) } },
});

export const ok = (description: string, schema: object = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});

export const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request",
  401: "Missing, unknown, expired or revoked token",
  403: "The token lacks the scope this needs",
  404: "Not found in the token's organization",
  409: "Conflicts with the current state",
  415: "Body is not JSON",
  422: "Invalid fields (see details)",
  429: "Rate limited",
};

/** Error responses with the generic wording, for endpoints that need nothing more specific. */
export const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), error(ERROR_TEXT[c] ?? "Error")]));

/** A live stream of server-sent events. */
export const eventStream = {
  description: "text/event-stream",
  content: { "text/event-stream": { schema: { type: "string" } } },
};

export const pathParam = (name: string, description?: string, schema: object = { type: "string" }) => ({
  name,
  in: "path",
  required: true,
  ...(description ? { description } : {}),
  schema,
});

/** One query parameter per field of the zod object the handler parses the query string with. */
export function queryParams(schema: z.ZodObject) {
  const { properties = {}, required = [] } = jsonSchema(schema) as {
    properties?: Record<string, object>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: "query",
    required: required.includes(name),
    schema: s,
  }));
}

/** components.schemas.Error: the body of every error response. */
export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: [...ERROR_CODES] },
        message: { type: "string", description: "What went wrong and what to do about it." },
        details: { description: "Per-field problems for validation errors: [{ path, message }]." },
      },
    },
  },
};
