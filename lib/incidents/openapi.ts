import { z } from "zod";
import { error, eventStream, jsonBody, ok, pathParam, queryParams } from "@/lib/api/openapi-builder";
import { declareIncidentSchema } from "./declare";
import { eventPatchSchema, noteSchema } from "./notes";
import { incidentFilterSchema } from "./queries";
import { roleActionSchema } from "./role-assignments";
import { stakeholderUpdateSchema } from "./stakeholder-updates";
import { incidentSettingsSchema } from "./settings";
import { createTaskSchema, updateTaskSchema } from "./tasks";
import { updateIncidentSchema } from "./update";

// OpenAPI paths for incident response (declare, change, roles, timeline, tasks, updates, live
// events), spread into lib/api/openapi.ts. Bodies come from the zod schemas the handlers use.
const id = pathParam("id", "The incident's id or its number (42 or INC-42)");
const common = {
  401: error("Missing or invalid credentials"),
  403: error("Not allowed (viewers and read-only tokens cannot change incidents)"),
  404: error("No such incident visible to you (private incidents included)"),
};
const writes = {
  ...common,
  400: error("Malformed JSON"),
  415: error("Body is not JSON"),
  422: error("Invalid fields (see details)"),
};

export const paths = {
  "/api/v1/incidents": {
    get: {
      summary: "List incidents you can see, newest first (private ones only if you are on them; never to tokens)",
      parameters: queryParams(incidentFilterSchema),
      responses: { 200: ok("Incidents: { data: [...] }"), ...common },
    },
    post: {
      summary:
        "Declare an incident (scope write). Title and severity are enough; a person declaring becomes commander.",
      requestBody: jsonBody(declareIncidentSchema),
      responses: { 201: ok("The incident (ETag carries its version)"), ...writes },
    },
  },
  "/api/v1/incidents/{id}": {
    get: {
      summary: "Read an incident with roles, timeline, tasks and updates",
      parameters: [id],
      responses: { 200: ok("The incident (ETag: its version)"), ...common },
    },
    patch: {
      summary: "Change title, summary, status, severity, services, privacy and access, or response moments",
      description:
        'Optimistic concurrency: send `If-Match: "<version>"` or `version` in the body. A stale version is 409 with `error.details.current` (the incident now); none at all is 428.',
      parameters: [id],
      requestBody: jsonBody(updateIncidentSchema.extend({ version: z.number().int().min(1).optional() })),
      responses: {
        200: ok("The changed incident"),
        ...writes,
        409: error("Changed meanwhile: details.current holds the current values"),
        428: error("No version sent"),
      },
    },
  },
  "/api/v1/incidents/{id}/roles": {
    put: {
      summary: "Assign or hand over a role, accept or decline a hand-off, or leave a role",
      description:
        "Handing over a held Incident Commander role offers it; the hand-off completes when the person offered accepts (action accept, as that person).",
      parameters: [id],
      requestBody: jsonBody(roleActionSchema),
      responses: { 200: ok("The recorded role event"), ...writes },
    },
  },
  "/api/v1/incidents/{id}/timeline": {
    get: {
      summary:
        "The timeline in the order things happened, a page at a time: the newest events, or with `before` the page before that event",
      parameters: [
        id,
        {
          name: "before",
          in: "query",
          required: false,
          schema: { type: "string" },
          description: "An event id: return the events before it",
        },
        {
          name: "limit",
          in: "query",
          required: false,
          schema: { type: "integer", minimum: 1, maximum: 1000, default: 200 },
        },
      ],
      responses: { 200: ok("{ data: [...], hasEarlier: boolean }"), ...common },
    },
    post: {
      summary: "Add a note (optionally backdated with occurredAt, optionally a key moment); never conflicts",
      parameters: [id],
      requestBody: jsonBody(noteSchema),
      responses: { 201: ok("The note"), ...writes },
    },
  },
  "/api/v1/incidents/{id}/timeline/{eventId}": {
    patch: {
      summary: "Edit a note's text (the previous text is kept as a revision) and/or flag any event as a key moment",
      parameters: [id, pathParam("eventId")],
      requestBody: jsonBody(eventPatchSchema),
      responses: { 200: ok("Done"), ...writes },
    },
    delete: {
      summary: "Delete a note: hidden from the timeline, its text kept as a revision",
      parameters: [id, pathParam("eventId")],
      responses: { 204: { description: "Deleted" }, ...common, 422: error("Only notes can be deleted") },
    },
  },
  "/api/v1/incidents/{id}/tasks": {
    post: {
      summary: "Create a task",
      parameters: [id],
      requestBody: jsonBody(createTaskSchema),
      responses: { 201: ok("The task"), ...writes },
    },
  },
  "/api/v1/incidents/{id}/tasks/{taskId}": {
    patch: {
      summary: "Change a task (title, assignee, done) at the version you saw",
      parameters: [id, pathParam("taskId")],
      requestBody: jsonBody(updateTaskSchema),
      responses: {
        200: ok("The task"),
        ...writes,
        409: error("Changed meanwhile: details.current holds the task now"),
      },
    },
  },
  "/api/v1/incidents/{id}/updates": {
    post: {
      summary: "Post a stakeholder update (public or internal); restarts the next-update clock",
      parameters: [id],
      requestBody: jsonBody(stakeholderUpdateSchema),
      responses: { 201: ok("The update"), ...writes },
    },
  },
  "/api/v1/incident-settings": {
    get: {
      summary:
        "The organization's response settings: commander nudge hours, update reminder lead time, alert severity mapping",
      responses: { 200: ok("Settings"), ...common },
    },
    put: {
      summary: "Replace the response settings (scope write)",
      requestBody: jsonBody(incidentSettingsSchema),
      responses: { 200: ok("Saved settings"), ...writes },
    },
  },
  "/api/v1/incidents/events": {
    get: {
      summary:
        "Server-sent events: `change` whenever any incident of the organization is declared or changes, from any instance",
      description:
        "Events carry only `{ kind }` (never which incident, so private ones stay private); re-fetch the list on each. A `ready` event opens the stream and `: heartbeat` comments follow every 15 s.",
      responses: {
        200: eventStream,
        ...common,
      },
    },
  },
  "/api/v1/incidents/{id}/events": {
    get: {
      summary: "Server-sent events: `change` for every committed change to the incident, from any instance",
      description:
        "Events carry only `{ kind }`; re-fetch the incident on each. A `ready` event opens the stream and `: heartbeat` comments follow every 15 s.",
      parameters: [id],
      responses: {
        200: eventStream,
        ...common,
      },
    },
  },
};
