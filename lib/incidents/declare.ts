import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { validationFailed } from "@/lib/errors";
import { publishNotification } from "@/lib/notifications/publish";
import { publishChange } from "@/lib/realtime/changes";
import { queueStatusEvent } from "@/lib/statuspage/notify-queue";
import { ensureIncidentDefaults } from "./defaults";
import { SEVERITIES } from "./core/lifecycle";
import { COMMANDER } from "./core/roles";
import { appendTimelineEvent } from "./timeline";
import { nextUpdateDue } from "./core/update-clock";

export const INCIDENT_SOURCES = ["manual", "api", "alertmanager", "webhook", "slo"] as const;

export const declareIncidentSchema = z.object({
  title: z.string().trim().min(1, "Give the incident a title: what is broken, in a few words.").max(200),
  severity: z.enum(SEVERITIES, { error: "Severity is SEV1, SEV2, SEV3 or SEV4." }),
  summary: z.string().max(5000).optional(),
  serviceIds: z.array(z.string().min(1)).max(50).optional(),
  private: z.boolean().optional(),
  /** Private incidents: the members who may see it (the declarer is always added). */
  memberIds: z.array(z.string().min(1)).max(200).optional(),
  source: z.enum(INCIDENT_SOURCES).optional(),
  startedAt: z.coerce.date().optional(),
});
export type DeclareIncidentInput = z.input<typeof declareIncidentSchema>;

export const incidentUrl = (ctx: OrgContext, number: number) => `${publicUrl()}/${ctx.org.slug}/incidents/${number}`;

/**
 * Declares an incident: numbers it from the organization's sequence, makes a person declaring
 * it the commander, and records, audits, publishes and notifies in one transaction. Pass `tx`
 * to declare as part of a larger change (an alert arriving).
 */
export async function declareIncident(ctx: OrgContext, input: DeclareIncidentInput, tx?: Tx) {
  authorize(ctx, "incidents:write");
  const data = declareIncidentSchema.parse(input);
  return tx ? declareIn(tx, ctx, data) : db.$transaction((t) => declareIn(t, ctx, data));
}

async function declareIn(tx: Tx, ctx: OrgContext, input: z.output<typeof declareIncidentSchema>) {
  const orgId = ctx.org.id;
  await ensureIncidentDefaults(tx, orgId);
  const serviceIds = [...new Set(input.serviceIds ?? [])];
  if (serviceIds.length) {
    const found = await tx.service.count({ where: { orgId, id: { in: serviceIds } } });
    if (found !== serviceIds.length)
      throw validationFailed("One or more services were not found in this organization.");
  }
  const declarer = ctx.actor.type === "user" ? ctx.actor.id : null;
  const memberIds = [...new Set([...(input.memberIds ?? []), ...(declarer && input.private ? [declarer] : [])])];
  if (input.private && memberIds.length === 0)
    throw validationFailed(
      "A private incident declared by a token or an alert needs memberIds: the people who may see it.",
      [{ path: "memberIds", message: "Name at least one member." }],
    );
  if (input.private) {
    const found = await tx.membership.count({ where: { orgId, userId: { in: memberIds } } });
    if (found !== memberIds.length)
      throw validationFailed("Everyone on a private incident must be a member of this organization.");
  }
  const [seq] = await tx.$queryRaw<
    { incidentSeq: number }[]
  >`UPDATE "Organization" SET "incidentSeq" = "incidentSeq" + 1 WHERE id = ${orgId} RETURNING "incidentSeq"`;
  if (!seq) throw new Error("organization vanished while declaring");
  const now = new Date();
  const definition = await tx.severityDefinition.findUnique({
    where: { orgId_severity: { orgId, severity: input.severity } },
    select: { updateIntervalMinutes: true },
  });
  const incident = await tx.incident.create({
    data: {
      orgId,
      number: seq.incidentSeq,
      title: input.title,
      summary: input.summary ?? "",
      severity: input.severity,
      private: input.private ?? false,
      declaredById: declarer,
      source: input.source ?? (ctx.actor.type === "token" ? "api" : "manual"),
      startedAt: input.startedAt ?? now,
      detectedAt: now,
      nextUpdateDueAt: nextUpdateDue(now, definition?.updateIntervalMinutes, false),
      services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
      ...(input.private ? { access: { create: memberIds.map((userId) => ({ userId })) } } : {}),
      // Whoever declares holds command until they hand it over; an alert or token declares with it unfilled.
      ...(declarer
        ? {
            roles: {
              create: [
                { roleKey: COMMANDER, userId: declarer, state: "active", assignedById: declarer, startedAt: now },
              ],
            },
          }
        : {}),
    },
  });
  await appendTimelineEvent(tx, ctx, incident.id, {
    kind: "declared",
    data: {
      title: incident.title,
      severity: incident.severity,
      source: incident.source,
      private: incident.private,
      serviceIds,
    },
    occurredAt: now,
    keyMoment: true,
  });
  if (declarer)
    await appendTimelineEvent(tx, ctx, incident.id, {
      kind: "role.assigned",
      data: { roleKey: COMMANDER, toUserId: declarer, fromUserId: null },
      occurredAt: now,
    });
  await recordAudit(tx, ctx, {
    action: "incident.declared",
    entityType: "incident",
    entityId: incident.id,
    after: incident,
  });
  await publishChange(tx, { orgId, topic: "incident", id: incident.id, kind: "declared" });
  await publishNotification(tx, {
    type: "incident.declared",
    orgId,
    private: incident.private,
    title: `INC-${incident.number} declared (${incident.severity})`,
    text: incident.title,
    url: incidentUrl(ctx, incident.number),
    data: { incidentId: incident.id, number: incident.number, severity: incident.severity, status: incident.status },
    occurredAt: now,
  });
  // Status page subscribers hear of public incidents only; the job finds the pages it is on.
  if (!incident.private)
    await queueStatusEvent(tx, { kind: "incident", orgId, incidentId: incident.id, reason: "created" });
  return incident;
}
