import { DATE_TIME, errors, jsonBody, ok, pathParam } from "@/lib/api/openapi-builder";
import { createServiceSchema, updateServiceSchema } from "./catalog";

// OpenAPI paths and schema of the service catalog, spread into lib/api/openapi.ts.
export const schemas = {
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
      createdAt: DATE_TIME,
      updatedAt: DATE_TIME,
    },
  },
};

const service = { $ref: "#/components/schemas/Service" };

export const paths = {
  "/api/v1/services": {
    get: {
      summary: "List services",
      responses: {
        200: ok("Services", { type: "object", properties: { data: { type: "array", items: service } } }),
        ...errors(401, 403),
      },
    },
    post: {
      summary: "Create a service (scope write)",
      requestBody: jsonBody(createServiceSchema),
      responses: { 201: ok("Created", service), ...errors(400, 401, 403, 409, 415, 422) },
    },
  },
  "/api/v1/services/{slug}": {
    parameters: [pathParam("slug")],
    get: {
      summary: "Read a service",
      responses: { 200: ok("Service", service), ...errors(401, 403, 404) },
    },
    patch: {
      summary: "Change a service (scope write); `dependsOn` replaces the list, cycles are refused",
      requestBody: jsonBody(updateServiceSchema),
      responses: { 200: ok("Changed", service), ...errors(400, 401, 403, 404, 409, 415, 422) },
    },
    delete: {
      summary: "Delete a service (scope write); refused with 409 while SLIs measure it",
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
    },
  },
};
