import { error, jsonSchema } from "@/lib/api/openapi-builder";
import { openSloJsonBodySchema } from "./request";

// OpenAPI paths for OpenSLO import/export, spread into lib/api/openapi.ts.
const entries = {
  type: "array",
  items: {
    type: "object",
    properties: {
      kind: { type: "string", enum: ["Service", "SLI", "SLO"] },
      name: { type: "string" },
      changes: { type: "array", items: { type: "string" } },
    },
  },
};
const plan = {
  type: "object",
  properties: {
    dryRun: { type: "boolean" },
    plan: {
      type: "object",
      properties: {
        source: { type: "string" },
        created: entries,
        updated: entries,
        unchanged: entries,
        deleted: entries,
      },
    },
  },
};

export const paths = {
  "/api/v1/openslo": {
    get: {
      summary: "Export the organization's services, SLIs and SLOs as OpenSLO v1 YAML (scope read)",
      parameters: [
        {
          name: "source",
          in: "query",
          required: false,
          description:
            "Only the SLIs and SLOs this OpenSLO source manages (and their services), each document annotated vigil.dev/source",
          schema: { type: "string" },
        },
      ],
      responses: {
        200: { description: "Multi-document YAML", content: { "application/yaml": { schema: { type: "string" } } } },
        401: error("Unauthenticated"),
        403: error("Missing scope"),
        422: error("Invalid source"),
      },
    },
    post: {
      summary: "Apply OpenSLO v1 YAML (scope write); ?dryRun=true only returns the plan",
      description:
        "Objects are matched by name. SLIs and SLOs applied are marked managed by OpenSLO in the applying source; that source's objects absent from the file are deleted, other sources' never. See docs/openslo.md.",
      parameters: [
        { name: "dryRun", in: "query", required: false, schema: { type: "boolean" } },
        {
          name: "source",
          in: "query",
          required: false,
          description:
            'The OpenSLO source (e.g. one repository) applying; default: the file\'s vigil.dev/source annotation, else "default"',
          schema: { type: "string" },
        },
        {
          name: "adopt",
          in: "query",
          required: false,
          description: "Take over objects another source manages instead of answering 409",
          schema: { type: "boolean" },
        },
      ],
      requestBody: {
        required: true,
        content: {
          "application/yaml": { schema: { type: "string" } },
          "text/plain": { schema: { type: "string" } },
          "application/json": { schema: jsonSchema(openSloJsonBodySchema) },
        },
      },
      responses: {
        200: { description: "The plan (applied unless dryRun)", content: { "application/json": { schema: plan } } },
        400: error("Empty or malformed body"),
        401: error("Unauthenticated"),
        403: error("Missing scope write"),
        413: error("File too large"),
        409: error("Objects in the file are managed by another source: details is [{ document, path, message }]"),
        415: error("Unsupported content type"),
        422: error("Fields Vigil cannot honour: details is [{ document, path, message }]"),
      },
    },
  },
};
