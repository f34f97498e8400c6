import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { INCIDENT_STATUSES, SEVERITIES } from "./core/lifecycle";
import { refWhere } from "./load";
import { DEFAULT_SEVERITY_DESCRIPTIONS, DEFAULT_UPDATE_INTERVAL_MINUTES } from "./core/update-clock";
import { BUILT_IN_ROLES } from "./core/roles";
import { visibleIncidents } from "./visibility";

export const incidentFilterSchema = z.object({
  open: z.enum(["true", "false"]).optional(),
  status: z
    .enum(INCIDENT_STATUSES, { error: "status is investigating, identified, monitoring or resolved." })
    .optional(),
  severity: z.enum(SEVERITIES, { error: "severity is SEV1, SEV2, SEV3 or SEV4." }).optional(),
  service: z.string().min(1).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1, "limit is 1 to 500.").max(500, "limit is 1 to 500.").optional(),
});
export type IncidentFilter = {
  open?: boolean;
  status?: (typeof INCIDENT_STATUSES)[number];
  severity?: (typeof SEVERITIES)[number];
  service?: string;
  q?: string;
  limit?: number;
};

/** Incidents `ctx` may see — private ones only for the members named on them. `open: false` means resolved ones. */
export async function listIncidents(ctx: OrgContext, filter: IncidentFilter = {}) {
  authorize(ctx, "org:read");
  return db.incident.findMany({
    where: {
      AND: [
        visibleIncidents(ctx),
        filter.open === undefined
          ? {}
          : filter.open
            ? { status: { not: "resolved" as const } }
            : { status: "resolved" as const },
        filter.status ? { status: filter.status } : {},
        filter.severity ? { severity: filter.severity } : {},
        filter.service ? { services: { some: { service: { slug: filter.service, orgId: ctx.org.id } } } } : {},
        filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {},
      ],
    },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      status: true,
      private: true,
      startedAt: true,
      resolvedAt: true,
      version: true,
      services: { select: { service: { select: { slug: true, name: true } } } },
    },
    orderBy: { startedAt: "desc" },
    take: filter.limit ?? 100,
  });
}

const userFields = { select: { id: true, name: true, email: true } } as const;

/** Everything the incident page shows, in one read. 404 for incidents `ctx` may not see. */
export async function getIncidentDetail(ctx: OrgContext, ref: string) {
  authorize(ctx, "org:read");
  const incident = await db.incident.findFirst({
    where: { AND: [visibleIncidents(ctx), refWhere(ref)] },
    include: {
      services: { select: { service: { select: { id: true, slug: true, name: true } } } },
      access: { select: { user: userFields } },
      roles: { orderBy: { offeredAt: "asc" }, include: { user: userFields } },
      tasks: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, assigneeId: true, doneAt: true, version: true, createdAt: true },
      },
      updates: {
        orderBy: { createdAt: "desc" },
        select: { id: true, visibility: true, status: true, body: true, authorId: true, createdAt: true },
      },
    },
  });
  if (!incident) throw notFound("Incident");
  const [timeline, roleDefinitions, severities] = await Promise.all([
    listTimeline(ctx, incident.id),
    db.incidentRoleDefinition.findMany({
      where: { orgId: ctx.org.id },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { key: true, name: true, checklist: true, builtIn: true },
    }),
    listSeverityDefinitions(ctx),
  ]);
  return {
    ...incident,
    events: timeline.events,
    hasEarlierEvents: timeline.hasEarlier,
    roleDefinitions: roleDefinitions.length
      ? roleDefinitions
      : BUILT_IN_ROLES.map((r) => ({ ...r, checklist: [...r.checklist], builtIn: true })),
    severities,
  };
}

/** Events per page of the timeline: the page and its live refetches stay small however long an incident runs. */
export const TIMELINE_PAGE = 200;

/**
 * The timeline in the order things happened, newest `limit` events only, or those before the
 * event `before`; deleted notes are left out (their revisions stay). `hasEarlier` says whether
 * there is more to page back to.
 */
export async function listTimeline(
  ctx: OrgContext,
  incidentId: string,
  options: { before?: { occurredAt: Date; id: bigint }; limit?: number } = {},
) {
  const limit = options.limit ?? TIMELINE_PAGE;
  const before = options.before;
  const rows = await db.timelineEvent.findMany({
    where: {
      orgId: ctx.org.id,
      incidentId,
      deletedAt: null,
      ...(before
        ? { OR: [{ occurredAt: { lt: before.occurredAt } }, { occurredAt: before.occurredAt, id: { lt: before.id } }] }
        : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      occurredAt: true,
      createdAt: true,
      actorType: true,
      actorId: true,
      actorLabel: true,
      data: true,
      keyMoment: true,
      _count: { select: { revisions: true } },
    },
  });
  const events = rows
    .slice(0, limit)
    .reverse()
    .map(({ _count, ...e }) => ({ ...e, id: e.id.toString(), edited: _count.revisions > 0 }));
  return { events, hasEarlier: rows.length > limit };
}

/** A page of an incident's timeline: the newest events, or those before the event `beforeEventId` (404 for an unknown one). */
export async function timelinePage(
  ctx: OrgContext,
  ref: string,
  options: { beforeEventId?: string | null; limit?: number } = {},
) {
  authorize(ctx, "org:read");
  const incident = await db.incident.findFirst({
    where: { AND: [visibleIncidents(ctx), refWhere(ref)] },
    select: { id: true },
  });
  if (!incident) throw notFound("Incident");
  if (!options.beforeEventId)
    return listTimeline(ctx, incident.id, { ...(options.limit ? { limit: options.limit } : {}) });
  const id = /^\d{1,19}$/.test(options.beforeEventId) ? BigInt(options.beforeEventId) : null;
  const anchor =
    id === null
      ? null
      : await db.timelineEvent.findFirst({
          where: { id, incidentId: incident.id, orgId: ctx.org.id },
          select: { id: true, occurredAt: true },
        });
  if (!anchor) throw notFound("Timeline event");
  return listTimeline(ctx, incident.id, { before: anchor, ...(options.limit ? { limit: options.limit } : {}) });
}

/** The organization's severity meanings (or the defaults until it declares its first incident). */
export async function listSeverityDefinitions(ctx: OrgContext) {
  authorize(ctx, "org:read");
  const stored = await db.severityDefinition.findMany({ where: { orgId: ctx.org.id } });
  return SEVERITIES.map((severity) => {
    const s = stored.find((d) => d.severity === severity);
    return {
      severity,
      description: s?.description ?? DEFAULT_SEVERITY_DESCRIPTIONS[severity],
      updateIntervalMinutes: s?.updateIntervalMinutes ?? DEFAULT_UPDATE_INTERVAL_MINUTES[severity],
    };
  });
}

/** Members who can be given roles and tasks. */
export async function listResponders(ctx: OrgContext) {
  authorize(ctx, "org:read");
  const members = await db.membership.findMany({
    where: { orgId: ctx.org.id },
    select: { role: true, user: userFields },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ ...m.user, role: m.role }));
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncidentDetail>>;
