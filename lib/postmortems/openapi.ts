import { DATE_TIME, error, eventStream, jsonBody, ok, pathParam } from "@/lib/api/openapi-builder";
import { createActionItemSchema, updateActionItemSchema } from "./action-items";
import { metaSchema, saveSectionSchema } from "./editing";
import { lintSchema } from "./core/lint";
import { decisionSchema, submitSchema } from "./review";

// OpenAPI paths for post-mortems, spread into lib/api/openapi.ts. Bodies come from the zod
// schemas the handlers validate with.
const id = pathParam("id", "The post-mortem's id");
const reads = {
  401: error("Missing or invalid credentials"),
  403: error("Not allowed"),
  404: error(
    "No such post-mortem visible to you (private incidents' post-mortems only for the people on them; never to tokens)",
  ),
};
const writes = {
  ...reads,
  400: error("Malformed JSON"),
  415: error("Body is not JSON"),
  422: error("Invalid fields (see details)"),
};
const document = ok("The structured post-mortem", { $ref: "#/components/schemas/Postmortem" });

const flag = {
  type: "object",
  required: ["start", "end", "rule", "message", "suggestion"],
  properties: {
    start: { type: "integer", description: "UTF-16 offset where the flagged span starts" },
    end: { type: "integer" },
    rule: { type: "string", example: "fault-word/human-error" },
    message: { type: "string" },
    suggestion: { type: "string" },
  },
};

export const schemas = {
  Postmortem: {
    type: "object",
    description:
      "A post-mortem: facts gathered from the incident, template sections (Markdown), contributing factors, action items, reviews and publications.",
    properties: {
      id: { type: "string" },
      title: { type: "string" },
      status: { type: "string", enum: ["draft", "in_review", "published", "closed"] },
      revision: { type: "integer" },
      contentVersion: {
        type: "integer",
        description: "Bumped by every content change; approvals are for one contentVersion",
      },
      complete: { type: "boolean", description: "Published and no high-priority action item open" },
      required: { type: "boolean" },
      dueAt: { type: ["string", "null"], format: "date-time" },
      overdue: { type: "boolean" },
      tags: { type: "array", items: { type: "string" } },
      incident: {
        type: "object",
        properties: {
          id: { type: "string" },
          number: { type: "integer" },
          title: { type: "string" },
          severity: { type: "string" },
          private: { type: "boolean" },
        },
      },
      facts: {
        type: "object",
        description:
          "moments, durationMinutes, timeTo, services, roles (who held which role and when), slos (error budget left at start and end, lost), keyMoments, eventCount",
      },
      sections: {
        type: "array",
        items: {
          type: "object",
          properties: {
            key: { type: "string" },
            title: { type: "string" },
            guidance: { type: "string" },
            body: { type: "string", description: "Markdown" },
            version: { type: "integer" },
            updatedAt: DATE_TIME,
            updatedBy: { type: ["string", "null"] },
          },
        },
      },
      factors: {
        type: "array",
        items: {
          type: "object",
          properties: { id: { type: "string" }, category: { type: "string" }, description: { type: "string" } },
        },
      },
      actionItems: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            type: { type: "string", enum: ["mitigate", "prevent", "process"] },
            priority: { type: "string", enum: ["high", "medium", "low"] },
            status: { type: "string", enum: ["open", "in_progress", "done"] },
            owner: { type: ["object", "null"] },
            dueDate: { type: ["string", "null"], format: "date" },
            trackerUrl: { type: ["string", "null"] },
            overdue: { type: "boolean" },
            version: { type: "integer" },
          },
        },
      },
      reviews: { type: "array", items: { type: "object" } },
      publications: {
        type: "array",
        items: {
          type: "object",
          properties: {
            revision: { type: "integer" },
            publishedAt: DATE_TIME,
            publishedBy: { type: "string" },
          },
        },
      },
    },
  },
};

export const paths = {
  "/api/v1/incidents/{id}/postmortem": {
    post: {
      summary: "Draft the post-mortem of a resolved incident (scope write), pre-filled from its record",
      description:
        "Facts (moments, services, roles, SLO error budget lost, key moments) are gathered and the organization's template copied; impact and timeline are pre-written. One per incident.",
      parameters: [pathParam("id", "The incident's id or number (42 or INC-42)")],
      responses: {
        201: document,
        ...reads,
        409: error("The incident already has a post-mortem: details.id is its id"),
        422: error("The incident is not resolved"),
      },
    },
  },
  "/api/v1/postmortems": {
    get: {
      summary:
        "The library: published post-mortems, newest first or by relevance with q (PostgreSQL full-text, websearch syntax)",
      parameters: ["q", "service", "severity", "tag", "category", "limit"].map((name) => ({
        name,
        in: "query",
        schema: name === "limit" ? { type: "integer", minimum: 1, maximum: 200 } : { type: "string" },
      })),
      responses: {
        200: ok("{ data: [{ id, title, tags, status, publishedAt, number, severity, rank, snippet }] }"),
        ...reads,
      },
    },
  },
  "/api/v1/postmortems/lint": {
    post: {
      summary: "Check text for blaming language (any scope)",
      requestBody: jsonBody(lintSchema),
      responses: {
        200: ok("{ flags: [...] }", { type: "object", properties: { flags: { type: "array", items: flag } } }),
        ...writes,
      },
    },
  },
  "/api/v1/postmortems/{id}": {
    get: { summary: "Read a post-mortem as structured JSON", parameters: [id], responses: { 200: document, ...reads } },
    patch: {
      summary: "Change the title or public summary (while editable) or the tags (any time)",
      parameters: [id],
      requestBody: jsonBody(metaSchema),
      responses: { 200: document, ...writes, 409: error("Published: read-only until a new revision") },
    },
  },
  "/api/v1/postmortems/{id}/sections/{key}": {
    put: {
      summary: "Save one section at the version you edited from",
      description:
        "Optimistic concurrency per section: a stale baseVersion is 409 with details { yours, theirs: { version, body, updatedBy, updatedAt } }. Different sections never conflict. Every saved version is kept.",
      parameters: [id, pathParam("key", "The section's key, e.g. summary")],
      requestBody: jsonBody(saveSectionSchema),
      responses: {
        200: ok("{ key, version, body, contentVersion }"),
        ...writes,
        409: error("Saved by someone else meanwhile (both versions in details), or published"),
      },
    },
  },
  "/api/v1/postmortems/{id}/sections/{key}/versions": {
    get: {
      summary: "Every saved version of a section, newest first",
      parameters: [id, pathParam("key", "The section's key")],
      responses: { 200: ok("{ section, versions: [{ version, body, author, createdAt }] }"), ...reads },
    },
  },
  "/api/v1/postmortems/{id}/review": {
    post: {
      summary: "Send for review by the named reviewers (draft → in_review), or change the reviewers while in review",
      parameters: [id],
      requestBody: jsonBody(submitSchema),
      responses: { 200: document, ...writes, 409: error("Not a draft") },
    },
  },
  "/api/v1/postmortems/{id}/decision": {
    post: {
      summary: "As a named reviewer (signed in), approve the current content or request changes",
      parameters: [id],
      requestBody: jsonBody(decisionSchema),
      responses: { 200: ok("The review"), ...writes, 409: error("Not in review") },
    },
  },
  "/api/v1/postmortems/{id}/publish": {
    post: {
      summary:
        "Publish: needs every reviewer's approval of the current content, every blameless flag fixed or dismissed, and a summary",
      description:
        "The content becomes read-only as this revision's publication; with the organization's setting on, the public summary is posted as a public stakeholder update on the incident.",
      parameters: [id],
      responses: { 200: document, ...writes, 422: error("Not ready: details.blockers and details.flags say why") },
    },
  },
  "/api/v1/postmortems/{id}/action-items": {
    post: {
      summary: "Add an action item (mitigate, prevent or process) with owner, priority, due date and tracker link",
      parameters: [id],
      requestBody: jsonBody(createActionItemSchema),
      responses: { 201: ok("The item"), ...writes },
    },
  },
  "/api/v1/postmortems/{id}/action-items/{itemId}": {
    patch: {
      summary: "Change an action item at the version you saw; done items close the post-mortem when all are done",
      parameters: [id, pathParam("itemId", "The item's id")],
      requestBody: jsonBody(updateActionItemSchema),
      responses: { 200: ok("The item"), ...writes, 409: error("Changed meanwhile: details.current") },
    },
  },
  "/api/v1/postmortems/{id}/export": {
    get: {
      summary: "Download as Markdown (format=markdown, default) or PDF (format=pdf)",
      parameters: [id, { name: "format", in: "query", schema: { type: "string", enum: ["markdown", "pdf"] } }],
      responses: {
        200: {
          description: "The file",
          content: {
            "text/markdown": { schema: { type: "string" } },
            "application/pdf": { schema: { type: "string", format: "binary" } },
          },
        },
        ...reads,
        400: error("Unknown format"),
      },
    },
  },
  "/api/v1/postmortems/{id}/events": {
    get: {
      summary: "Server-sent events: `change` for every committed change to the post-mortem, from any instance",
      description:
        "Events carry only `{ kind }`; re-fetch the post-mortem on each. A `ready` event opens the stream and `: heartbeat` comments follow every 15 s.",
      parameters: [id],
      responses: {
        200: eventStream,
        ...reads,
      },
    },
  },
  "/api/v1/action-items": {
    get: {
      summary: "Action items across incidents, grouped by team and service",
      parameters: [
        { name: "state", in: "query", schema: { type: "string", enum: ["open", "overdue", "all"] } },
        { name: "team", in: "query", schema: { type: "string" } },
        { name: "service", in: "query", schema: { type: "string" } },
      ],
      responses: { 200: ok("{ total, overdue, groups: [{ team, service, overdue, items }] }"), ...reads },
    },
  },
};
