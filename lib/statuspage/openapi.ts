import { z } from "zod";
import { componentGroupSchema, componentOverrideSchema, componentSchema, createMaintenanceSchema, createStatusPageSchema, maintenanceUpdateSchema, updateComponentSchema, updateStatusPageSchema } from "./schemas";

// OpenAPI paths for managing status pages (issue 6), spread into lib/api/openapi.ts. Bodies come
// from the zod schemas the handlers validate with. The public Statuspage v2 JSON is not here:
// it lives under /status/{slug}/api/v2 and follows Atlassian's documentation.
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input" }) } } });
const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const ok = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const param = (name: string) => ({ name, in: "path", required: true, schema: { type: "string", pattern: "^[0-9a-z]{12}$" } });
const read = { 401: error("Missing or invalid token"), 403: error("Token lacks scope read") };
const write = { 400: error("Malformed JSON"), 401: error("Missing or invalid token"), 403: error("Token lacks scope write"), 415: error("Body is not JSON"), 422: error("Invalid fields (see details)") };

export const paths = {
  "/api/v1/status-pages": {
    get: { summary: "List status pages", responses: { 200: ok("{ data: StatusPage[] }"), ...read } },
    post: {
      summary: "Create a status page (scope write; admins)",
      description: "The slug (/status/{slug}) and the custom host name are unique across Vigil.",
      requestBody: body(createStatusPageSchema),
      responses: { 201: ok("The page, with its 12-character id"), ...write, 409: error("Slug or host name taken") },
    },
  },
  "/api/v1/status-pages/{pageId}": {
    parameters: [param("pageId")],
    get: { summary: "Read a status page", responses: { 200: ok("The page"), ...read, 404: error("No such page in this organization") } },
    patch: { summary: "Change a status page (scope write; admins)", requestBody: body(updateStatusPageSchema), responses: { 200: ok("The page"), ...write, 404: error("No such page"), 409: error("Slug or host name taken") } },
    delete: { summary: "Delete a status page with its components, maintenance and subscribers (scope write; admins)", responses: { 204: { description: "Deleted" }, ...read, 404: error("No such page") } },
  },
  "/api/v1/status-pages/{pageId}/groups": {
    parameters: [param("pageId")],
    get: { summary: "List component groups", responses: { 200: ok("{ data: Group[] }"), ...read, 404: error("No such page") } },
    post: { summary: "Create a component group (scope write; admins)", requestBody: body(componentGroupSchema), responses: { 201: ok("The group"), ...write, 404: error("No such page") } },
  },
  "/api/v1/status-pages/{pageId}/components": {
    parameters: [param("pageId")],
    get: { summary: "List components with their overrides", responses: { 200: ok("{ data: Component[] }"), ...read, 404: error("No such page") } },
    post: {
      summary: "Create a component (scope write; admins)",
      description: "serviceId maps it to a service: its status then follows that service's open incidents.",
      requestBody: body(componentSchema),
      responses: { 201: ok("The component"), ...write, 404: error("No such page, group or service") },
    },
  },
  "/api/v1/status-components/{componentId}": {
    parameters: [param("componentId")],
    patch: { summary: "Change a component (scope write; admins)", requestBody: body(updateComponentSchema), responses: { 200: ok("The component"), ...write, 404: error("No such component, group or service") } },
    delete: { summary: "Delete a component (scope write; admins)", responses: { 204: { description: "Deleted" }, ...read, 404: error("No such component") } },
  },
  "/api/v1/status-components/{componentId}/override": {
    parameters: [param("componentId")],
    put: {
      summary: "Override a component's status, or clear the override with null (scope write; responders)",
      requestBody: body(componentOverrideSchema),
      responses: { 200: ok("The component"), ...write, 404: error("No such component") },
    },
  },
  "/api/v1/status-pages/{pageId}/maintenances": {
    parameters: [param("pageId")],
    get: { summary: "List scheduled maintenance with updates", responses: { 200: ok("{ data: Maintenance[] }"), ...read, 404: error("No such page") } },
    post: {
      summary: "Schedule maintenance (scope write; responders)",
      description: "It starts and ends at scheduledFor and scheduledUntil by itself; body is the first update.",
      requestBody: body(createMaintenanceSchema),
      responses: { 201: ok("The maintenance"), ...write, 404: error("No such page or component") },
    },
  },
  "/api/v1/scheduled-maintenances/{maintenanceId}/updates": {
    parameters: [param("maintenanceId")],
    post: {
      summary: "Post a maintenance update; status verifying or completed (early) are manual steps (scope write; responders)",
      requestBody: body(maintenanceUpdateSchema),
      responses: { 201: ok("The update"), ...write, 404: error("No such maintenance") },
    },
  },
};
