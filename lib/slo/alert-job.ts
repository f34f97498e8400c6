import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { publishNotification } from "@/lib/notifications/publish";
import { incidentForAlert, policyWantsIncident } from "./alert-incidents";
import { alertFigures, alertTransitions } from "./alert-transitions";
import { allSloStatuses } from "./slo-status";

export type AlertTickResult = { fired: number; resolved: number };

const sloUrl = (ctx: OrgContext, id: string) => `${publicUrl()}/${ctx.org.slug}/slos/${id}`;

/**
 * Evaluates every SLO of one organization at `at` and records alert episodes, notifications and
 * incidents. Runs under a per-organization transaction lock and only diffs against open
 * episodes, so overlapping runs of the same tick (several instances) record each change once.
 */
export async function evaluateOrgAlerts(ctx: OrgContext, at: number): Promise<AlertTickResult> {
  const statuses = await allSloStatuses(ctx, at);
  const when = new Date(at);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vigil:slo-alerts:${ctx.org.id}`}, 0))`;
      const open = await tx.sloAlert.findMany({ where: { status: "firing", slo: { orgId: ctx.org.id } }, select: { id: true, sloId: true, conditionId: true } });
      const slos = await tx.slo.findMany({ where: { orgId: ctx.org.id }, select: { id: true, name: true, incidentPolicy: true, incidentSeverity: true, sli: { select: { serviceId: true } } } });
      const sloById = new Map(slos.map((s) => [s.id, s]));
      let fired = 0;
      let resolved = 0;
      for (const { slo: sloJson, status } of statuses) {
        const slo = sloById.get(sloJson.id);
        if (!slo || !status) continue;
        const t = alertTransitions(status.alerts, open.filter((o) => o.sloId === slo.id));
        for (const evaluation of t.fire) {
          const figures = alertFigures(evaluation);
          const incidentId = policyWantsIncident(slo.incidentPolicy, evaluation.severity) ? await incidentForAlert(tx, ctx, slo, evaluation, figures, when) : null;
          const alert = await tx.sloAlert.create({
            data: { sloId: slo.id, conditionId: evaluation.id, severity: evaluation.severity, status: "firing", firedAt: when, figures: { fired: figures } as Prisma.InputJsonValue, incidentId },
          });
          await publishNotification(tx, {
            type: "slo.alert_fired",
            orgId: ctx.org.id,
            private: false,
            title: `${slo.name}: ${evaluation.severity} burn-rate alert fired`,
            text: `Burn rate ${evaluation.longBurnRate?.toFixed(2)} over ${evaluation.longWindowMinutes} min and ${evaluation.shortBurnRate?.toFixed(2)} over ${evaluation.shortWindowMinutes} min exceeds ${evaluation.factor}.`,
            url: sloUrl(ctx, slo.id),
            data: { sloId: slo.id, alertId: alert.id, conditionId: evaluation.id, incidentId, ...figures },
            occurredAt: when,
          });
          fired++;
        }
        for (const { episode, evaluation } of t.resolve) {
          const episodeRow = await tx.sloAlert.findUniqueOrThrow({ where: { id: episode.id }, select: { figures: true } });
          const figures = evaluation ? alertFigures(evaluation) : { reason: "condition removed from the SLO" };
          await tx.sloAlert.update({
            where: { id: episode.id },
            data: { status: "resolved", resolvedAt: when, figures: { ...(episodeRow.figures as Record<string, unknown>), resolved: figures } as Prisma.InputJsonValue },
          });
          await publishNotification(tx, {
            type: "slo.alert_resolved",
            orgId: ctx.org.id,
            private: false,
            title: `${slo.name}: burn-rate alert resolved`,
            text: `Condition "${episode.conditionId}" no longer fires.`,
            url: sloUrl(ctx, slo.id),
            data: { sloId: slo.id, alertId: episode.id, conditionId: episode.conditionId, ...figures },
            occurredAt: when,
          });
          resolved++;
        }
      }
      return { fired, resolved };
    },
    { timeout: 60_000 },
  );
}

/** One scheduled tick: every organization that has SLOs, each as Vigil's own system actor. */
export async function evaluateAllSloAlerts(at = Date.now()): Promise<AlertTickResult> {
  const orgs = await db.organization.findMany({ where: { slos: { some: {} } }, select: { id: true, slug: true, name: true } });
  const total = { fired: 0, resolved: 0 };
  for (const org of orgs) {
    const r = await evaluateOrgAlerts({ org, actor: { type: "system", id: "slo-alerts", label: "slo-alerts" } }, at);
    total.fired += r.fired;
    total.resolved += r.resolved;
  }
  return total;
}
