import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, validationFailed, isUniqueViolation } from "@/lib/errors";
import { loadIncident } from "@/lib/incidents/load";
import { BUILT_IN_ROLES } from "@/lib/incidents/core/roles";
import { appendTimelineEvent } from "@/lib/incidents/timeline";
import { publishChange } from "@/lib/realtime/changes";
import { rollupStatuses } from "@/lib/slo/rollup-statuses";
import { sloDefinition, sloSelect } from "@/lib/slo/slos";
import type { SloStatus } from "@/lib/slo/core/types";
import { buildFacts, prefilledBodies, type Facts } from "./core/facts";
import { actorUserId } from "./load";
import { readSettings } from "./settings";

const remaining = (s: SloStatus | undefined) => (s && s.attainment !== null ? s.errorBudget.remainingRatio : null);

/** Everything Vigil knows about a resolved incident, gathered for the post-mortem's facts. */
export async function gatherFacts(ctx: OrgContext, incidentRef: string, now = new Date()): Promise<Facts> {
  const incident = await loadIncident(db, ctx, incidentRef);
  const [services, roles, definitions, events] = await Promise.all([
    db.incidentService.findMany({
      where: { incidentId: incident.id, service: { orgId: ctx.org.id } },
      select: { service: { select: { id: true, slug: true, name: true, team: true } } },
    }),
    db.incidentRoleAssignment.findMany({
      where: { incidentId: incident.id },
      select: {
        roleKey: true,
        userId: true,
        startedAt: true,
        endedAt: true,
        state: true,
        user: { select: { id: true, name: true } },
      },
    }),
    db.incidentRoleDefinition.findMany({ where: { orgId: ctx.org.id }, select: { key: true, name: true } }),
    db.timelineEvent.findMany({
      where: { orgId: ctx.org.id, incidentId: incident.id, deletedAt: null },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, occurredAt: true, actorLabel: true, data: true, keyMoment: true },
    }),
  ]);
  const serviceList = services.map((s) => s.service);
  const serviceName = new Map(serviceList.map((s) => [s.id, s.name]));
  const slos = serviceList.length
    ? await db.slo.findMany({
        where: { orgId: ctx.org.id, sli: { serviceId: { in: serviceList.map((s) => s.id) } } },
        select: sloSelect,
        orderBy: { name: "asc" },
      })
    : [];
  // The SLO engine's own figures as of the incident's start and its end: the drop in remaining budget is what it cost.
  const requests = slos.map((s) => ({ sloId: s.id, sliId: s.sliId, definition: sloDefinition(s) }));
  const end = Math.min((incident.resolvedAt ?? now).getTime(), now.getTime());
  const statusesAt = async (at: number) =>
    requests.length ? (await rollupStatuses(requests, at)).statuses : new Map<string, SloStatus>();
  const [atStart, atEnd] = await Promise.all([statusesAt(incident.startedAt.getTime()), statusesAt(end)]);
  // Names are looked up among users who acted on the incident: role holders, and ids named in events.
  const ids = new Set(roles.map((r) => r.userId));
  for (const e of events)
    for (const key of ["toUserId", "fromUserId"]) {
      const v = (e.data as Record<string, unknown> | null)?.[key];
      if (typeof v === "string") ids.add(v);
    }
  const users = await db.user.findMany({
    where: { id: { in: [...ids] }, memberships: { some: { orgId: ctx.org.id } } },
    select: { id: true, name: true },
  });
  const roleNames: Record<string, string> = Object.fromEntries([
    ...BUILT_IN_ROLES.map((r) => [r.key, r.name] as const),
    ...definitions.map((d) => [d.key, d.name] as const),
  ]);
  return buildFacts({
    incident,
    services: serviceList,
    roles,
    roleNames,
    userNames: Object.fromEntries(users.map((u) => [u.id, u.name])),
    events: events.map((e) => ({ ...e, id: e.id.toString() })),
    slos: slos.map((s) => ({
      id: s.id,
      name: s.name,
      service: serviceName.get(s.sli.serviceId) ?? "",
      target: s.target.toString(),
      remainingAtStart: remaining(atStart.get(s.id)),
      remainingAtEnd: remaining(atEnd.get(s.id)),
    })),
    now,
  });
}

/**
 * Drafts the post-mortem of a resolved incident in one step: facts gathered from its record,
 * the organization's template copied, impact and timeline pre-filled. One per incident (409 with
 * the existing id otherwise).
 */
export async function createPostmortem(ctx: OrgContext, incidentRef: string) {
  authorize(ctx, "incidents:write");
  const incident = await loadIncident(db, ctx, incidentRef);
  if (incident.status !== "resolved")
    throw validationFailed("Resolve the incident first: a post-mortem is written once the incident is over.");
  const existing = await db.postmortem.findUnique({ where: { incidentId: incident.id }, select: { id: true } });
  if (existing) throw conflict("This incident already has a post-mortem.", { id: existing.id });
  const facts = await gatherFacts(ctx, incident.id);
  try {
    return await db.$transaction(async (tx) => {
      const { template } = await readSettings(tx, ctx.org.id);
      const bodies = prefilledBodies(template, facts);
      const authorId = actorUserId(ctx);
      const pm = await tx.postmortem.create({
        data: {
          orgId: ctx.org.id,
          incidentId: incident.id,
          title: incident.title,
          facts: facts as unknown as Prisma.InputJsonValue,
          tags: [],
          createdById: authorId,
          sections: {
            create: template.map((s, position) => ({
              key: s.key,
              title: s.title,
              guidance: s.guidance,
              position,
              body: bodies[s.key] ?? "",
              updatedById: authorId,
              versions: {
                create: {
                  version: 1,
                  body: bodies[s.key] ?? "",
                  authorId,
                  authorLabel: "Vigil (from the incident's record)",
                },
              },
            })),
          },
        },
      });
      await appendTimelineEvent(tx, ctx, incident.id, { kind: "postmortem.drafted", data: { postmortemId: pm.id } });
      await recordAudit(tx, ctx, {
        action: "postmortem.created",
        entityType: "postmortem",
        entityId: pm.id,
        after: { id: pm.id, incidentId: incident.id, title: pm.title, sections: template.map((s) => s.key) },
      });
      await publishChange(tx, { orgId: ctx.org.id, topic: "postmortem", id: pm.id, kind: "created" });
      return pm;
    });
  } catch (e) {
    // Two clicks at once: the unique incidentId lets exactly one through.
    if (isUniqueViolation(e)) {
      const winner = await db.postmortem.findUnique({ where: { incidentId: incident.id }, select: { id: true } });
      throw conflict("This incident already has a post-mortem.", { id: winner?.id });
    }
    throw e;
  }
}
