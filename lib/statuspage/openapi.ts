import { error, jsonBody, ok, pathParam } from "@/lib/api/openapi-builder";
import {
  componentGroupSchema,
  componentOverrideSchema,
  componentSchema,
  createMaintenanceSchema,
  createStatusPageSchema,
  maintenanceUpdateSchema,
  subscribeSchema,
  updateComponentSchema,
  updateStatusPageSchema,
} from "./core/schemas";

// OpenAPI paths of status pages (issue 6), spread into lib/api/openapi.ts: managing them (API
// tokens), and their public side under /status/{slug} (no authentication; the v2 files have
// exactly the shapes of Atlassian Statuspage's public API v2, documented by Atlassian).
// Status pages, components, maintenance and subscribers have 12-character public ids.
const shortId = (name: string) => pathParam(name, undefined, { type: "string", pattern: "^[0-9a-z]{12}$" });
const read = { 401: error("Missing or invalid token"), 403: error("Token lacks scope read") };
const write = {
  400: error("Malformed JSON"),
  401: error("Missing or invalid token"),
  403: error("Token lacks scope write"),
  415: error("Body is not JSON"),
  422: error("Invalid fields (see details)"),
};

const slug = pathParam("slug", "The page's slug (or, on the page's own host name, the path starts at /).");
const publicFile = (summary: string, type = "application/json") => ({
  parameters: [slug],
  get: {
    summary,
    tags: ["Public status pages"],
    security: [],
    description:
      "Served from a cache refreshed on every change. Sends a weak ETag and answers If-None-Match with 304; no cookies; CORS open to every origin.",
    responses: {
      200: {
        description: "The file",
        content: { [type]: { schema: { type: type.includes("json") ? "object" : "string" } } },
      },
      304: { description: "Not modified" },
      404: error("No such published page"),
      503: error("Never loaded on this instance and the database is unreachable"),
    },
  },
});
const V2 = {
  "summary.json": "Page, components, unresolved incidents, upcoming and active maintenance, and the overall status",
  "status.json": "The page's indicator (none, minor, major, critical, or maintenance) and description",
  "components.json": "Components and component groups",
  "incidents.json": "The 50 most recent incidents",
  "incidents/unresolved.json": "Unresolved incidents",
  "scheduled-maintenances.json": "The 50 most recent scheduled maintenances",
  "scheduled-maintenances/upcoming.json": "Maintenance not yet started",
  "scheduled-maintenances/active.json": "Maintenance in progress or verifying",
};
const publicPaths = {
  ...Object.fromEntries(
    Object.entries(V2).map(([file, summary]) => [
      `/status/{slug}/api/v2/${file}`,
      publicFile(`Statuspage API v2: ${summary}`),
    ]),
  ),
  "/status/{slug}": publicFile("The public status page (HTML, no JavaScript)", "text/html"),
  "/status/{slug}/incidents/{id}": {
    ...publicFile("An incident's or maintenance's own page (the v2 shortlink)", "text/html"),
    parameters: [slug, shortId("id")],
  },
  "/status/{slug}/history.atom": publicFile("Atom feed of incidents and maintenance", "application/atom+xml"),
  "/status/{slug}/history.rss": publicFile("RSS 2.0 feed of incidents and maintenance", "application/rss+xml"),
  "/status/{slug}/badge.svg": publicFile("SVG status badge", "image/svg+xml"),
  "/status/{slug}/widget.js": publicFile(
    "Embeddable script: inserts a link with the overall status after itself",
    "text/javascript",
  ),
  "/status/{slug}/embed": publicFile(
    "Embeddable page for an iframe: the overall status, framable from any site",
    "text/html",
  ),
  "/status/{slug}/subscribe": {
    parameters: [slug],
    post: {
      summary: "Subscribe by email (double opt-in) or webhook, to the whole page or some components",
      tags: ["Public status pages"],
      security: [],
      description:
        "JSON, or a form post (answered with HTML). Email: 202 whether or not the address was already subscribed; a confirmation link is emailed. Webhook: 201 with the Standard Webhooks signing secret (shown once) and the unsubscribe URL.",
      requestBody: jsonBody(subscribeSchema),
      responses: {
        201: ok("{ kind: webhook, secret, unsubscribe_url }"),
        202: ok("{ kind: email, status: confirmation_sent }"),
        400: error("Malformed body, or email not offered"),
        409: error("Webhook already subscribed"),
        422: error("Invalid fields (see details)"),
        429: error("Too many pending confirmations on this page"),
      },
    },
  },
  "/status/{slug}/subscriptions/confirm": {
    parameters: [slug, { name: "token", in: "query", required: true, schema: { type: "string" } }],
    post: {
      summary: "Confirm an email subscription (the link's button)",
      tags: ["Public status pages"],
      security: [],
      responses: { 200: ok("Confirmed"), 404: error("Unknown or used link"), 410: error("Expired link") },
    },
  },
  "/status/{slug}/subscriptions/unsubscribe": {
    parameters: [slug, { name: "token", in: "query", required: true, schema: { type: "string" } }],
    post: {
      summary: "Unsubscribe (RFC 8058 one-click: body List-Unsubscribe=One-Click)",
      tags: ["Public status pages"],
      security: [],
      responses: { 200: ok("Unsubscribed (also when already)") },
    },
  },
};

export const paths = {
  ...publicPaths,
  "/api/v1/status-pages/{pageId}/subscribers": {
    parameters: [shortId("pageId")],
    get: {
      summary: "List a page's subscribers with their last delivery (scope write; admins: they are people's addresses)",
      responses: { 200: ok("{ data: Subscriber[] }"), ...read, 404: error("No such page") },
    },
  },
  "/api/v1/subscribers/{subscriberId}": {
    parameters: [shortId("subscriberId")],
    delete: {
      summary: "Remove a subscriber (scope write; admins)",
      responses: { 204: { description: "Removed" }, ...read, 404: error("No such subscriber") },
    },
  },
  "/api/v1/status-pages": {
    get: { summary: "List status pages", responses: { 200: ok("{ data: StatusPage[] }"), ...read } },
    post: {
      summary: "Create a status page (scope write; admins)",
      description: "The slug (/status/{slug}) and the custom host name are unique across Vigil.",
      requestBody: jsonBody(createStatusPageSchema),
      responses: { 201: ok("The page, with its 12-character id"), ...write, 409: error("Slug or host name taken") },
    },
  },
  "/api/v1/status-pages/{pageId}": {
    parameters: [shortId("pageId")],
    get: {
      summary: "Read a status page",
      responses: { 200: ok("The page"), ...read, 404: error("No such page in this organization") },
    },
    patch: {
      summary: "Change a status page (scope write; admins)",
      requestBody: jsonBody(updateStatusPageSchema),
      responses: { 200: ok("The page"), ...write, 404: error("No such page"), 409: error("Slug or host name taken") },
    },
    delete: {
      summary: "Delete a status page with its components, maintenance and subscribers (scope write; admins)",
      responses: { 204: { description: "Deleted" }, ...read, 404: error("No such page") },
    },
  },
  "/api/v1/status-pages/{pageId}/groups": {
    parameters: [shortId("pageId")],
    get: {
      summary: "List component groups",
      responses: { 200: ok("{ data: Group[] }"), ...read, 404: error("No such page") },
    },
    post: {
      summary: "Create a component group (scope write; admins)",
      requestBody: jsonBody(componentGroupSchema),
      responses: { 201: ok("The group"), ...write, 404: error("No such page") },
    },
  },
  "/api/v1/status-pages/{pageId}/components": {
    parameters: [shortId("pageId")],
    get: {
      summary: "List components with their overrides",
      responses: { 200: ok("{ data: Component[] }"), ...read, 404: error("No such page") },
    },
    post: {
      summary: "Create a component (scope write; admins)",
      description: "serviceId maps it to a service: its status then follows that service's open incidents.",
      requestBody: jsonBody(componentSchema),
      responses: { 201: ok("The component"), ...write, 404: error("No such page, group or service") },
    },
  },
  "/api/v1/status-components/{componentId}": {
    parameters: [shortId("componentId")],
    patch: {
      summary: "Change a component (scope write; admins)",
      requestBody: jsonBody(updateComponentSchema),
      responses: { 200: ok("The component"), ...write, 404: error("No such component, group or service") },
    },
    delete: {
      summary: "Delete a component (scope write; admins)",
      responses: { 204: { description: "Deleted" }, ...read, 404: error("No such component") },
    },
  },
  "/api/v1/status-components/{componentId}/override": {
    parameters: [shortId("componentId")],
    put: {
      summary: "Override a component's status, or clear the override with null (scope write; responders)",
      requestBody: jsonBody(componentOverrideSchema),
      responses: { 200: ok("The component"), ...write, 404: error("No such component") },
    },
  },
  "/api/v1/status-pages/{pageId}/maintenances": {
    parameters: [shortId("pageId")],
    get: {
      summary: "List scheduled maintenance with updates",
      responses: { 200: ok("{ data: Maintenance[] }"), ...read, 404: error("No such page") },
    },
    post: {
      summary: "Schedule maintenance (scope write; responders)",
      description: "It starts and ends at scheduledFor and scheduledUntil by itself; body is the first update.",
      requestBody: jsonBody(createMaintenanceSchema),
      responses: { 201: ok("The maintenance"), ...write, 404: error("No such page or component") },
    },
  },
  "/api/v1/scheduled-maintenances/{maintenanceId}/updates": {
    parameters: [shortId("maintenanceId")],
    post: {
      summary:
        "Post a maintenance update; status verifying or completed (early) are manual steps (scope write; responders)",
      requestBody: jsonBody(maintenanceUpdateSchema),
      responses: { 201: ok("The update"), ...write, 404: error("No such maintenance") },
    },
  },
};
