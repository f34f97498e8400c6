import { z } from "zod";
import { createServiceSchema, updateServiceSchema } from "@/lib/services/catalog";
import { paths as incidentAlertsPaths } from "@/lib/incidents/alerts/openapi";
import { paths as incidentPaths } from "@/lib/incidents/openapi";
import { paths as postmortemPaths, schemas as postmortemSchemas } from "@/lib/postmortems/openapi";
import { paths as opensloPaths } from "@/lib/slo/openslo/openapi";
import { paths as sloPaths } from "@/lib/slo/openapi";
import { paths as statusPagePaths } from "@/lib/statuspage/openapi";

// The OpenAPI document served at /api/openapi.json. Request bodies come from the same zod
// schemas the handlers validate with, so the document cannot drift from the code.
const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "bad_request",
            "validation_failed",
            "unauthorized",
            "forbidden",
            "not_found",
            "conflict",
            "locked",
            "rate_limited",
            "internal",
          ],
        },
        message: { type: "string", description: "What went wrong and what to do about it." },
        details: { description: "Per-field problems for validation errors: [{ path, message }]." },
      },
    },
  },
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: ERROR_TEXT[c],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );

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

const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input" }) } },
});
const ok = (description: string, schema: object = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Vigil API",
      version: "1",
      description:
        "Incident response and SLOs. Authenticate with an organization API token: `Authorization: Bearer vgl_…`. Scopes: `read` (GET), `write` (changes), `ingest` (telemetry). Create tokens under Settings → API tokens, or with `npm run vigil -- token create`. From a signed-in browser, the session cookie works too when the request names the organization in an `X-Vigil-Org: <slug>` header; the member's role then decides.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }, { session: [], organization: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
        organization: { type: "apiKey", in: "header", name: "X-Vigil-Org" },
      },
      schemas: {
        Error: errorSchema,
        ...postmortemSchemas,
        Service: {
          type: "object",
          properties: {
            id: { type: "string" },
            slug: { type: "string" },
            name: { type: "string" },
            description: { type: "string" },
            team: { type: "string" },
            tier: { type: "integer", minimum: 1, maximum: 3 },
            links: { type: "object" },
            dependsOn: {
              type: "array",
              items: { type: "string" },
              description: "Slugs of the services this one depends on",
            },
            dependents: {
              type: "array",
              items: { type: "string" },
              description: "Slugs of the services that depend on this one",
            },
            createdAt: { type: "string", format: "date-time" },
            updatedAt: { type: "string", format: "date-time" },
          },
        },
      },
    },
    paths: {
      ...incidentAlertsPaths,
      ...opensloPaths,
      ...sloPaths,
      ...statusPagePaths,
      "/api/health": { get: { summary: "Liveness", security: [], responses: { 200: ok("The process is up") } } },
      "/api/ready": {
        get: {
          summary: "Readiness: database reachable, migrations applied",
          security: [],
          responses: { 200: ok("Ready"), 503: ok("Not ready") },
        },
      },
      "/api/v1/me": {
        get: {
          summary: "The calling token's organization and scopes",
          responses: { 200: ok("Token details"), ...errors(401) },
        },
      },
      "/api/v1/services": {
        get: {
          summary: "List services",
          responses: {
            200: ok("Services", {
              type: "object",
              properties: { data: { type: "array", items: { $ref: "#/components/schemas/Service" } } },
            }),
            ...errors(401, 403),
          },
        },
        post: {
          summary: "Create a service (scope write)",
          requestBody: jsonBody(createServiceSchema),
          responses: {
            201: ok("Created", { $ref: "#/components/schemas/Service" }),
            ...errors(400, 401, 403, 409, 415, 422),
          },
        },
      },
      "/api/v1/services/{slug}": {
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        get: {
          summary: "Read a service",
          responses: { 200: ok("Service", { $ref: "#/components/schemas/Service" }), ...errors(401, 403, 404) },
        },
        patch: {
          summary: "Change a service (scope write); `dependsOn` replaces the list, cycles are refused",
          requestBody: jsonBody(updateServiceSchema),
          responses: {
            200: ok("Changed", { $ref: "#/components/schemas/Service" }),
            ...errors(400, 401, 403, 404, 409, 415, 422),
          },
        },
        delete: {
          summary: "Delete a service (scope write); refused with 409 while SLIs measure it",
          responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
        },
      },
      ...incidentPaths,
      ...postmortemPaths,
    },
  };
}
