import { DATE_TIME, error, jsonBody, pathParam } from "@/lib/api/openapi-builder";
import { alertmanagerPayloadSchema } from "./core/alertmanager";
import { webhookAlertSchema } from "./core/webhook";

// OpenAPI paths for alerts in and response metrics (issue 4, part B of incidents), spread into
// lib/api/openapi.ts. Bodies come from the zod schemas the handlers validate with.
const ingestResult = {
  description: "What the delivery did",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          outcomes: {
            type: "object",
            description: "Alerts per outcome: declared, attached, resolved, recorded, duplicate",
            additionalProperties: { type: "integer" },
          },
          incidentIds: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
};
const durationStats = {
  type: "object",
  properties: {
    count: { type: "integer" },
    meanSeconds: { type: ["number", "null"] },
    medianSeconds: { type: ["number", "null"] },
  },
};
const responseStats = {
  type: "object",
  properties: {
    incidents: { type: "integer" },
    mtta: durationStats,
    timeToMitigate: durationStats,
    mttr: durationStats,
  },
};

export const paths = {
  "/api/v1/integrations/alertmanager": {
    post: {
      summary: "Receive a Prometheus Alertmanager webhook (payload version 4; token scope write)",
      description:
        "Firing alerts declare an incident (title from annotations.summary, else alertname; severity label critical→SEV1, error/high→SEV2, warning→SEV3, info→SEV4, otherwise SEV3) or join the open incident of the same groupKey. Repeats (same fingerprint, startsAt and status) are ignored. Resolved alerts are recorded on the timeline; the incident stays open.",
      requestBody: jsonBody(alertmanagerPayloadSchema),
      responses: {
        200: ingestResult,
        400: error("Malformed JSON"),
        401: error("Missing or invalid token"),
        403: error("Token lacks scope write"),
        415: error("Body is not JSON"),
        422: error("Not a version 4 payload (see details)"),
      },
    },
  },
  "/api/v1/integrations/webhook/{integrationId}": {
    post: {
      summary: "Receive a signed generic alert webhook (Standard Webhooks signature, no token)",
      description:
        "Headers: webhook-id, webhook-timestamp (Unix seconds, within ±5 minutes), webhook-signature: `v1,<base64 HMAC-SHA256 of id.timestamp.body>` (several space-separated signatures allowed for key rotation). Each webhook-id is accepted once. Alerts with the same dedupKey are one alert; `resolved` notes it on the incident's timeline.",
      security: [],
      parameters: [pathParam("integrationId")],
      requestBody: jsonBody(webhookAlertSchema),
      responses: {
        200: ingestResult,
        400: error("Malformed JSON"),
        401: error("Bad signature, missing headers or timestamp outside 5 minutes"),
        404: error("Unknown or revoked integration"),
        409: error("This webhook-id was received already"),
        413: error("Body over 64 KiB"),
        422: error("Invalid fields"),
      },
    },
  },
  "/api/v1/metrics/incidents": {
    get: {
      summary: "Response metrics: MTTA, time to mitigate, MTTR by severity and service, incidents per week",
      description:
        "Over incidents that started in [from, to) (private ones excluded). MTTA = acknowledged − started; time to mitigate = (mitigated, else resolved) − started; MTTR = resolved − started. Count, mean and median in seconds. Weeks are ISO weeks starting Monday 00:00 UTC.",
      parameters: [
        {
          name: "from",
          in: "query",
          description: "ISO date or date-time; default `to` − 90 days",
          schema: { type: "string" },
        },
        {
          name: "to",
          in: "query",
          description: "ISO date or date-time, exclusive; default now; at most 366 days after `from`",
          schema: { type: "string" },
        },
      ],
      responses: {
        200: {
          description: "Metrics",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  from: DATE_TIME,
                  to: DATE_TIME,
                  overall: responseStats,
                  bySeverity: { type: "object", additionalProperties: responseStats },
                  byService: {
                    type: "array",
                    items: { allOf: [{ type: "object", properties: { service: { type: "string" } } }, responseStats] },
                  },
                  perWeek: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        weekStart: { type: "string", format: "date" },
                        total: { type: "integer" },
                        SEV1: { type: "integer" },
                        SEV2: { type: "integer" },
                        SEV3: { type: "integer" },
                        SEV4: { type: "integer" },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        401: error("Missing or invalid token"),
        422: error("Invalid period"),
      },
    },
  },
};
