import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db, type Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { declareIncident } from "@/lib/incidents/declare";
import { appendTimelineEvent } from "@/lib/incidents/timeline";
import type { InboundAlert } from "./core/normalize";

export type IngestOutcome = "declared" | "attached" | "resolved" | "recorded" | "duplicate";
export type IngestResult = { outcomes: Record<IngestOutcome, number>; incidentIds: string[] };

/**
 * Records alerts from one delivery and turns them into incident activity, in one transaction:
 * - a new firing alert joins the open incident of its group, or declares one;
 * - a repeat (same fingerprint, startsAt and status) changes nothing: Alertmanager delivers
 *   at least once, and HA peers each deliver;
 * - a resolved alert goes on its incident's timeline; the incident stays open for a person.
 * Concurrent duplicate deliveries are safe: the unique key makes exactly one insert win, and
 * an advisory lock per group stops two deliveries declaring two incidents for one group.
 */
export async function ingestAlerts(
  ctx: OrgContext,
  alerts: InboundAlert[],
  delivery?: { integrationId: string; messageId: string },
): Promise<IngestResult> {
  authorize(ctx, "incidents:write");
  const outcomes: Record<IngestOutcome, number> = { declared: 0, attached: 0, resolved: 0, recorded: 0, duplicate: 0 };
  const incidentIds = new Set<string>();
  const groups = [...new Set(alerts.map((a) => a.groupKey))].sort();
  await db.$transaction(
    async (tx) => {
      // In the same transaction: a delivery that failed may be retried under the same id.
      if (delivery) {
        const fresh = await tx.inboundDelivery.createMany({ data: [delivery], skipDuplicates: true });
        if (fresh.count === 0)
          throw conflict(`Message ${delivery.messageId} was received already; a webhook-id is accepted once.`);
      }
      for (const group of groups)
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${ctx.org.id}|${group}`}, 0))`;
      for (const alert of alerts) {
        const { outcome, incidentId } = await ingestOne(tx, ctx, alert);
        outcomes[outcome] += 1;
        if (incidentId) incidentIds.add(incidentId);
      }
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  return { outcomes, incidentIds: [...incidentIds] };
}

async function ingestOne(
  tx: Tx,
  ctx: OrgContext,
  alert: InboundAlert,
): Promise<{ outcome: IngestOutcome; incidentId: string | null }> {
  const key = { orgId: ctx.org.id, source: alert.source, fingerprint: alert.fingerprint, startsAt: alert.startsAt };
  const data = {
    status: alert.status,
    endsAt: alert.endsAt,
    groupKey: alert.groupKey,
    labels: alert.labels as Prisma.InputJsonValue,
    annotations: alert.annotations as Prisma.InputJsonValue,
  };
  const inserted = await tx.externalAlert.createMany({ data: [{ ...key, ...data }], skipDuplicates: true });
  if (inserted.count === 0) {
    // Only a change of status is news; the WHERE makes concurrent repeats update nothing.
    const changed = await tx.externalAlert.updateMany({
      where: { ...key, status: { not: alert.status } },
      data: { status: alert.status, endsAt: alert.endsAt },
    });
    if (changed.count === 0) return { outcome: "duplicate", incidentId: null };
  }
  const row = await tx.externalAlert.findUniqueOrThrow({
    where: { orgId_source_fingerprint_startsAt: key },
    select: { id: true, incident: { select: { id: true, status: true } } },
  });
  const own =
    row.incident && (alert.status === "resolved" || row.incident.status !== "resolved") ? row.incident.id : null;
  let incidentId = own ?? (await openIncidentOfGroup(tx, ctx.org.id, alert.groupKey));
  let outcome: IngestOutcome = alert.status === "resolved" ? "resolved" : "attached";
  if (!incidentId && alert.status === "firing") {
    const incident = await declareIncident(
      ctx,
      {
        title: alert.title,
        severity: alert.severity,
        summary: alert.summary,
        source: alert.source,
        startedAt: alert.startsAt,
        ...(await serviceIdsFor(tx, ctx.org.id, alert.service)),
      },
      tx,
    );
    incidentId = incident.id;
    outcome = "declared";
  }
  if (!incidentId) return { outcome: "recorded", incidentId: null };
  if (!own) await tx.externalAlert.update({ where: { id: row.id }, data: { incidentId } });
  await appendTimelineEvent(tx, ctx, incidentId, {
    kind: alert.status === "firing" ? "alert.fired" : "alert.resolved",
    occurredAt: alert.status === "resolved" ? (alert.endsAt ?? new Date()) : alert.startsAt,
    data: {
      alertId: row.id,
      source: alert.source,
      fingerprint: alert.fingerprint,
      title: alert.title,
      severity: alert.severity,
      labels: alert.labels,
    },
  });
  return { outcome, incidentId };
}

async function openIncidentOfGroup(tx: Tx, orgId: string, groupKey: string): Promise<string | null> {
  const found = await tx.externalAlert.findFirst({
    where: { orgId, groupKey, incident: { is: { orgId, status: { not: "resolved" } } } },
    select: { incidentId: true },
    orderBy: { receivedAt: "desc" },
  });
  return found?.incidentId ?? null;
}

// The alert's `service` label names a service by slug or name; unknown names are ignored.
async function serviceIdsFor(tx: Tx, orgId: string, service: string | undefined): Promise<{ serviceIds?: string[] }> {
  if (!service) return {};
  const found = await tx.service.findFirst({
    where: { orgId, OR: [{ slug: service }, { name: service }] },
    select: { id: true },
  });
  return found ? { serviceIds: [found.id] } : {};
}
