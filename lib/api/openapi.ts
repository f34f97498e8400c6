import { errorSchema, errors, ok } from "@/lib/api/openapi-builder";
import { paths as incidentAlertsPaths } from "@/lib/incidents/alerts/openapi";
import { paths as incidentPaths } from "@/lib/incidents/openapi";
import { paths as postmortemPaths, schemas as postmortemSchemas } from "@/lib/postmortems/openapi";
import { paths as servicePaths, schemas as serviceSchemas } from "@/lib/services/openapi";
import { paths as opensloPaths } from "@/lib/slo/openslo/openapi";
import { paths as sloPaths } from "@/lib/slo/openapi";
import { paths as statusPagePaths } from "@/lib/statuspage/openapi";

// The OpenAPI document served at /api/openapi.json, assembled from each area's openapi.ts
// (built with lib/api/openapi-builder.ts). openapi-routes.test.ts ties it to app/api/v1.
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
      schemas: { Error: errorSchema, ...postmortemSchemas, ...serviceSchemas },
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
      ...servicePaths,
      ...incidentPaths,
      ...postmortemPaths,
    },
  };
}
