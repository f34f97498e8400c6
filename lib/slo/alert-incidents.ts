import "server-only";
import type { OrgContext } from "@/lib/access/context";
import type { Tx } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare";
import { appendTimelineEvent } from "@/lib/incidents/timeline";
import type { AlertEvaluation } from "./core/types";

type SloForIncident = {
  id: string;
  name: string;
  incidentPolicy: "none" | "page" | "page_and_ticket";
  incidentSeverity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
  sli: { serviceId: string };
};

export function policyWantsIncident(
  policy: SloForIncident["incidentPolicy"],
  severity: AlertEvaluation["severity"],
): boolean {
  return policy === "page_and_ticket" || (policy === "page" && severity === "page");
}

/**
 * Declares an incident for a firing burn-rate alert, or, when the service already has an open
 * one, attaches to it instead of opening a second. Either way the alert, with its figures, is an
 * `slo.alert_fired` event on the incident's timeline. Returns the incident id.
 */
export async function incidentForAlert(
  tx: Tx,
  ctx: OrgContext,
  slo: SloForIncident,
  evaluation: AlertEvaluation,
  figures: Record<string, unknown>,
  at: Date,
): Promise<string> {
  const open = await tx.incident.findFirst({
    where: { orgId: ctx.org.id, status: { not: "resolved" }, services: { some: { serviceId: slo.sli.serviceId } } },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  const event = {
    kind: "slo.alert_fired",
    data: { sloId: slo.id, sloName: slo.name, conditionId: evaluation.id, ...figures },
    occurredAt: at,
  };
  if (open) {
    await appendTimelineEvent(tx, ctx, open.id, event);
    return open.id;
  }
  const incident = await declareIncident(
    ctx,
    {
      title: `${slo.name}: error budget burning ${evaluation.longBurnRate?.toFixed(1) ?? "?"}× (${evaluation.severity})`,
      severity: slo.incidentSeverity,
      summary: `Burn-rate alert "${evaluation.id}" fired: over ${evaluation.longWindowMinutes} and ${evaluation.shortWindowMinutes} minutes the burn rate exceeded ${evaluation.factor}.`,
      serviceIds: [slo.sli.serviceId],
      source: "slo",
      startedAt: at,
    },
    tx,
  );
  await appendTimelineEvent(tx, ctx, incident.id, event);
  return incident.id;
}

/** Notes on the episode's incident (resolved or not: the timeline is its history) that the alert stopped firing. */
export async function recordAlertResolved(
  tx: Tx,
  ctx: OrgContext,
  incidentId: string,
  slo: Pick<SloForIncident, "id" | "name">,
  figures: Record<string, unknown>,
  at: Date,
): Promise<void> {
  const incident = await tx.incident.findFirst({ where: { id: incidentId, orgId: ctx.org.id }, select: { id: true } });
  if (!incident) return; // deleted since the alert fired
  await appendTimelineEvent(tx, ctx, incident.id, {
    kind: "slo.alert_resolved",
    data: { sloId: slo.id, sloName: slo.name, ...figures },
    occurredAt: at,
  });
}
