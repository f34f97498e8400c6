import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, validationFailed } from "@/lib/errors";
import { publishNotification } from "@/lib/notifications/publish";
import type { NotificationEventType } from "@/lib/notifications/core/events";
import { publishChange } from "@/lib/realtime/changes";
import { queueStatusEvent } from "@/lib/statuspage/notify-queue";
import { incidentUrl } from "./declare";
import {
  INCIDENT_STATUSES,
  MOMENT_FIELDS,
  momentOrderProblem,
  momentsFor,
  SEVERITIES,
  STATUS_LABELS,
} from "./core/lifecycle";
import { loadIncident } from "./load";
import { appendTimelineEvent } from "./timeline";
import { nextUpdateDue } from "./core/update-clock";

const moment = z.coerce.date().nullable().optional();
export const updateIncidentSchema = z
  .object({
    title: z.string().trim().min(1, "The title cannot be empty.").max(200).optional(),
    summary: z.string().max(5000).optional(),
    status: z
      .enum(INCIDENT_STATUSES, { error: "Status is investigating, identified, monitoring or resolved." })
      .optional(),
    severity: z.enum(SEVERITIES, { error: "Severity is SEV1, SEV2, SEV3 or SEV4." }).optional(),
    serviceIds: z.array(z.string().min(1)).max(50).optional(),
    private: z.boolean().optional(),
    memberIds: z.array(z.string().min(1)).max(200).optional(),
    startedAt: z.coerce.date().optional(),
    detectedAt: moment,
    acknowledgedAt: moment,
    mitigatedAt: moment,
    resolvedAt: moment,
  })
  .strict();
export type UpdateIncidentInput = z.input<typeof updateIncidentSchema>;

/** What a conflicting editor is shown: the incident as it stands now. */
export const currentState = (i: Awaited<ReturnType<typeof loadIncident>>) => ({
  id: i.id,
  number: i.number,
  version: i.version,
  title: i.title,
  summary: i.summary,
  status: i.status,
  severity: i.severity,
  private: i.private,
  startedAt: i.startedAt,
  detectedAt: i.detectedAt,
  acknowledgedAt: i.acknowledgedAt,
  mitigatedAt: i.mitigatedAt,
  resolvedAt: i.resolvedAt,
  nextUpdateDueAt: i.nextUpdateDueAt,
});

/**
 * Changes an incident's own fields if it is still at `expectedVersion`; otherwise 409 with the
 * current values, so the second editor decides instead of silently overwriting. Each kind of
 * change lands on the timeline in the same transaction.
 */
export async function updateIncident(
  ctx: OrgContext,
  ref: string,
  expectedVersion: number,
  input: UpdateIncidentInput,
) {
  authorize(ctx, "incidents:write");
  const changes = updateIncidentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await loadIncident(tx, ctx, ref);
    if (before.version !== expectedVersion) {
      throw conflict(
        `Someone changed this incident meanwhile (you edited version ${expectedVersion}, it is now ${before.version}). Review the current values and try again.`,
        { current: currentState(before) },
      );
    }
    const now = new Date();
    const data: Record<string, unknown> = {};
    const events: { kind: string; data: Record<string, unknown>; keyMoment?: boolean }[] = [];
    const notify: { type: NotificationEventType; title: string; text: string }[] = [];
    const label = `INC-${before.number}`;

    if (changes.title !== undefined && changes.title !== before.title) {
      data.title = changes.title;
      events.push({ kind: "title.changed", data: { from: before.title, to: changes.title } });
    }
    if (changes.summary !== undefined && changes.summary !== before.summary) {
      data.summary = changes.summary;
      events.push({ kind: "summary.changed", data: { from: before.summary, to: changes.summary } });
    }
    if (changes.severity && changes.severity !== before.severity) {
      data.severity = changes.severity;
      events.push({ kind: "severity.changed", data: { from: before.severity, to: changes.severity }, keyMoment: true });
      notify.push({
        type: "incident.severity_changed",
        title: `${label} is now ${changes.severity}`,
        text: `${before.title}: severity ${before.severity} → ${changes.severity}`,
      });
    }
    if (changes.status && changes.status !== before.status) {
      Object.assign(data, momentsFor(before.status, changes.status, before, now));
      data.status = changes.status;
      events.push({ kind: "status.changed", data: { from: before.status, to: changes.status }, keyMoment: true });
      const resolved = changes.status === "resolved";
      notify.push(
        resolved
          ? { type: "incident.resolved", title: `${label} resolved`, text: before.title }
          : {
              type: "incident.status_changed",
              title: `${label}: ${STATUS_LABELS[changes.status]}`,
              text: `${before.title}: ${STATUS_LABELS[before.status]} → ${STATUS_LABELS[changes.status]}`,
            },
      );
      if (resolved) data.nextUpdateDueAt = null;
    }
    const editedMoments: Record<string, { from: Date | null; to: Date | null }> = {};
    for (const field of MOMENT_FIELDS) {
      const value = changes[field];
      if (value === undefined) continue;
      const old = before[field];
      if ((old?.getTime() ?? null) === (value?.getTime() ?? null)) continue;
      if (field === "startedAt" && value === null) continue;
      data[field] = value;
      editedMoments[field] = { from: old, to: value };
    }
    if (Object.keys(editedMoments).length) {
      const problem = momentOrderProblem({ ...before, ...(data as object) });
      if (problem) throw validationFailed(problem);
      events.push({ kind: "moments.edited", data: editedMoments });
    }
    if (data.severity && before.status !== "resolved" && data.status !== "resolved") {
      // A new severity brings its own cadence, counted from now.
      const def = await tx.severityDefinition.findUnique({
        where: { orgId_severity: { orgId: ctx.org.id, severity: changes.severity! } },
        select: { updateIntervalMinutes: true },
      });
      data.nextUpdateDueAt = nextUpdateDue(now, def?.updateIntervalMinutes, false);
    }
    if (before.status === "resolved" && changes.status && changes.status !== "resolved") {
      const def = await tx.severityDefinition.findUnique({
        where: { orgId_severity: { orgId: ctx.org.id, severity: changes.severity ?? before.severity } },
        select: { updateIntervalMinutes: true },
      });
      data.nextUpdateDueAt = nextUpdateDue(now, def?.updateIntervalMinutes, false);
    }
    if (changes.serviceIds) await setServices(tx, ctx, before.id, changes.serviceIds, events);
    if (changes.private !== undefined || changes.memberIds)
      await setAccess(tx, ctx, before, changes.private ?? before.private, changes.memberIds, data, events);

    if (events.length === 0) return before;
    const updated = await tx.incident.updateMany({
      where: { id: before.id, orgId: ctx.org.id, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      const current = await loadIncident(tx, ctx, before.id);
      throw conflict("Someone changed this incident meanwhile. Review the current values and try again.", {
        current: currentState(current),
      });
    }
    const after = await loadIncident(tx, ctx, before.id);
    for (const e of events) await appendTimelineEvent(tx, ctx, before.id, { ...e, occurredAt: now });
    await recordAudit(tx, ctx, {
      action: "incident.updated",
      entityType: "incident",
      entityId: before.id,
      before: currentState(before),
      after: currentState(after),
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: before.id, kind: "updated" });
    // Status page subscribers: an incident that just became public is news to them, as is a resolution.
    if (!after.private && (before.private || (after.status === "resolved" && before.status !== "resolved"))) {
      await queueStatusEvent(tx, {
        kind: "incident",
        orgId: ctx.org.id,
        incidentId: after.id,
        reason: before.private ? "created" : "resolved",
      });
    }
    for (const n of notify) {
      await publishNotification(tx, {
        ...n,
        orgId: ctx.org.id,
        private: after.private,
        url: incidentUrl(ctx, after.number),
        occurredAt: now,
        data: { incidentId: after.id, number: after.number, severity: after.severity, status: after.status },
      });
    }
    return after;
  });
}

type Events = { kind: string; data: Record<string, unknown> }[];

async function setServices(tx: Tx, ctx: OrgContext, incidentId: string, ids: string[], events: Events) {
  const wanted = [...new Set(ids)];
  const found = await tx.service.findMany({ where: { orgId: ctx.org.id, id: { in: wanted } }, select: { id: true } });
  if (found.length !== wanted.length)
    throw validationFailed("One or more services were not found in this organization.");
  const existing = (await tx.incidentService.findMany({ where: { incidentId }, select: { serviceId: true } })).map(
    (s) => s.serviceId,
  );
  const added = wanted.filter((id) => !existing.includes(id));
  const removed = existing.filter((id) => !wanted.includes(id));
  if (!added.length && !removed.length) return;
  await tx.incidentService.deleteMany({ where: { incidentId, serviceId: { in: removed } } });
  await tx.incidentService.createMany({ data: added.map((serviceId) => ({ incidentId, serviceId })) });
  events.push({ kind: "services.changed", data: { added, removed } });
}

async function setAccess(
  tx: Tx,
  ctx: OrgContext,
  before: { id: string; private: boolean },
  isPrivate: boolean,
  memberIds: string[] | undefined,
  data: Record<string, unknown>,
  events: Events,
) {
  const existing = (
    await tx.incidentAccess.findMany({ where: { incidentId: before.id }, select: { userId: true } })
  ).map((a) => a.userId);
  const self = ctx.actor.type === "user" ? [ctx.actor.id] : [];
  // Making an incident private must not lock out the person doing it.
  const wanted = [...new Set([...(memberIds ?? existing), ...(isPrivate && !before.private ? self : [])])];
  if (wanted.length) {
    const found = await tx.membership.count({ where: { orgId: ctx.org.id, userId: { in: wanted } } });
    if (found !== wanted.length)
      throw validationFailed("Everyone on a private incident must be a member of this organization.");
  }
  if (isPrivate && wanted.length === 0)
    throw validationFailed("A private incident needs at least one member who can see it.");
  const added = wanted.filter((id) => !existing.includes(id));
  const removed = existing.filter((id) => !wanted.includes(id));
  await tx.incidentAccess.deleteMany({ where: { incidentId: before.id, userId: { in: removed } } });
  await tx.incidentAccess.createMany({ data: added.map((userId) => ({ incidentId: before.id, userId })) });
  if (isPrivate !== before.private) {
    data.private = isPrivate;
    events.push({ kind: "visibility.changed", data: { private: isPrivate } });
  }
  if (added.length || removed.length) events.push({ kind: "access.changed", data: { added, removed } });
}
