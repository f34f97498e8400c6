import type { z } from "zod";
import { DATE_TIME, error, jsonBody, ok, pathParam, queryParams } from "@/lib/api/openapi-builder";
import { createSliSchema, listQuerySchema, pointsBodySchema, updateSliSchema } from "./slis";
import { exceptionSchema } from "./deploy-gate";
import { createSloSchema, sloListQuerySchema, updateSloSchema } from "./slos";

// OpenAPI paths for SLIs, SLOs, point ingestion and status, spread into lib/api/openapi.ts.
const slug = pathParam("slug");
const id = pathParam("id");
const common = { 401: error("Unauthenticated"), 403: error("Missing scope") };

function crud(what: string, create: z.ZodType, update: z.ZodType, list: z.ZodObject) {
  return {
    collection: {
      get: {
        summary: `List ${what}s (scope read): filter with q, sort, limit/offset pagination`,
        parameters: queryParams(list),
        responses: { 200: ok(`{ data, total, limit, offset }`), 422: error("Invalid query"), ...common },
      },
      post: {
        summary: `Create an ${what} (scope write)`,
        requestBody: jsonBody(create),
        responses: { 201: ok(`The ${what}`), 409: error("Name taken"), 422: error("Invalid fields"), ...common },
      },
    },
    item: {
      get: {
        summary: `Read an ${what} (scope read)`,
        parameters: [id],
        responses: { 200: ok(`The ${what}`), 404: error("Not found"), ...common },
      },
      patch: {
        summary: `Update an ${what} (scope write); objects managed by OpenSLO are overwritten by the next apply`,
        parameters: [id],
        requestBody: jsonBody(update),
        responses: {
          200: ok(`The ${what}`),
          404: error("Not found"),
          409: error("Name taken"),
          422: error("Invalid fields"),
          ...common,
        },
      },
      delete: {
        summary: `Delete an ${what} (scope write)`,
        parameters: [id],
        responses: { 204: { description: "Deleted" }, 404: error("Not found"), 409: error("Still in use"), ...common },
      },
    },
  };
}

const sli = crud("SLI", createSliSchema, updateSliSchema, listQuerySchema);
const slo = crud("SLO", createSloSchema, updateSloSchema, sloListQuerySchema);

export const paths = {
  "/api/v1/slis": sli.collection,
  "/api/v1/slis/{id}": sli.item,
  "/api/v1/slis/{id}/points": {
    post: {
      summary: "Push per-minute good/total counts (scope ingest); all or nothing, a minute sent again replaces it",
      description:
        "At most 10,000 points. Timestamps are RFC 3339 and truncated to the minute; at most 5 minutes in the future. good and total are whole numbers, 0 <= good <= total <= 10,000,000,000; one point per minute per request. Only SLIs with source push accept points.",
      parameters: [id],
      requestBody: jsonBody(pointsBodySchema),
      responses: {
        200: ok("{ accepted }"),
        404: error("Unknown SLI"),
        409: error("The SLI is fed by Prometheus: points are polled, not pushed"),
        422: error("Invalid points: details is [{ index, path, message }]"),
        ...common,
      },
    },
  },
  "/api/v1/slos": slo.collection,
  "/api/v1/slos/{id}": slo.item,
  "/api/v1/slos/{id}/status": {
    get: {
      summary: "Attainment, error budget, burn rates, alerts and data coverage (scope read); see docs/slo-math.md",
      parameters: [
        id,
        {
          name: "at",
          in: "query",
          required: false,
          description: "RFC 3339: evaluate as of this moment, using only minutes ended by then",
          schema: DATE_TIME,
        },
      ],
      responses: {
        200: ok("{ target, window, attainment, errorBudget, burnRates, alerts, dataCoverage, evaluatedAt, explain }"),
        400: error("Bad at"),
        404: error("Not found"),
        ...common,
      },
    },
  },
  "/api/v1/services/{slug}/deploy-gate": {
    get: {
      summary:
        "May this service deploy? 200 { allowed: true } or 423 { allowed: false, blockingSlos: [{ sloId, name, reason, remainingRatio, threshold }] } (scope read)",
      parameters: [slug],
      responses: {
        200: ok("Allowed (possibly under an active exception)"),
        423: ok("Frozen: the SLOs that block and why"),
        404: error("Unknown service"),
        ...common,
      },
    },
  },
  "/api/v1/services/{slug}/deploy-gate/exceptions": {
    get: {
      summary: "Recent deploy-gate exceptions (scope read)",
      parameters: [slug],
      responses: { 200: ok("{ data }"), 404: error("Unknown service"), ...common },
    },
    post: {
      summary: "Grant a time-limited exception to the freeze (admins, signed in; audited)",
      parameters: [slug],
      requestBody: jsonBody(exceptionSchema),
      responses: { 201: ok("The exception"), 404: error("Unknown service"), 422: error("Invalid fields"), ...common },
    },
  },
};
