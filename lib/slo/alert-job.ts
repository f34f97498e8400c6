import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { publishNotification } from "@/lib/notifications/publish";
import { log } from "@/lib/observability/log";
import { incidentForAlert, policyWantsIncident, recordAlertResolved } from "./alert-incidents";
import { alertFigures, alertTransitions, type OpenEpisode } from "./core/alert-transitions";
import { allSloStatuses } from "./status";
import type { SloStatus } from "./core/types";

export type AlertTickResult = { fired: number; resolved: number; failed: number };

const sloUrl = (ctx: OrgContext, id: string) => `${publicUrl()}/${ctx.org.slug}/slos/${id}`;

/**
 * Records one SLO's alert changes at `at` in one transaction: new episodes (with their
 * notification and, by policy, an incident) and resolved ones (noted on their incident's
 * timeline). Under the organization's transaction lock it diffs against the open episodes it
 * reads itself, so overlapping runs of the same tick (several instances) record each change once,
 * and two SLOs of one service never declare two incidents.
 */
async function recordSloTransitions(
  ctx: OrgContext,
  sloId: string,
  status: SloStatus,
  at: number,
): Promise<{ fired: number; resolved: number }> {
  const when = new Date(at);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vigil:slo-alerts:${ctx.org.id}`}, 0))`;
      const slo = await tx.slo.findFirst({
        where: { id: sloId, orgId: ctx.org.id },
        select: {
          id: true,
          name: true,
          incidentPolicy: true,
          incidentSeverity: true,
          sli: { select: { serviceId: true } },
        },
      });
      if (!slo) return { fired: 0, resolved: 0 }; // deleted since its status was computed
      const open = await tx.sloAlert.findMany({
        where: { sloId, status: "firing" },
        select: { id: true, conditionId: true, incidentId: true, figures: true },
      });
      const t = alertTransitions(status.alerts, open);
      for (const evaluation of t.fire) {
        const figures = alertFigures(evaluation);
        const incidentId = policyWantsIncident(slo.incidentPolicy, evaluation.severity)
          ? await incidentForAlert(tx, ctx, slo, evaluation, figures, when)
          : null;
        const alert = await tx.sloAlert.create({
          data: {
            sloId: slo.id,
            conditionId: evaluation.id,
            severity: evaluation.severity,
            status: "firing",
            firedAt: when,
            figures: { fired: figures } as Prisma.InputJsonValue,
            incidentId,
          },
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
      }
      for (const { episode, evaluation } of t.resolve) {
        const row = open.find((o) => o.id === episode.id);
        const figures = evaluation ? alertFigures(evaluation) : { reason: "condition removed from the SLO" };
        await tx.sloAlert.update({
          where: { id: episode.id },
          data: {
            status: "resolved",
            resolvedAt: when,
            figures: {
              ...(row?.figures as Record<string, unknown> | undefined),
              resolved: figures,
            } as Prisma.InputJsonValue,
          },
        });
        if (row?.incidentId)
          await recordAlertResolved(
            tx,
            ctx,
            row.incidentId,
            slo,
            { alertId: episode.id, conditionId: episode.conditionId, ...figures },
            when,
          );
        await publishNotification(tx, {
          type: "slo.alert_resolved",
          orgId: ctx.org.id,
          private: false,
          title: `${slo.name}: burn-rate alert resolved`,
          text: `Condition "${episode.conditionId}" no longer fires.`,
          url: sloUrl(ctx, slo.id),
          data: {
            sloId: slo.id,
            alertId: episode.id,
            conditionId: episode.conditionId,
            incidentId: row?.incidentId ?? null,
            ...figures,
          },
          occurredAt: when,
        });
      }
      return { fired: t.fire.length, resolved: t.resolve.length };
    },
    { timeout: 60_000 },
  );
}

/**
 * Evaluates every SLO of one organization at `at` and records alert episodes, notifications and
 * incidents, one SLO at a time: an SLO that cannot be evaluated or recorded is logged and
 * counted in `failed`, and the others still alert. Only SLOs whose alerts may have changed
 * (against a first read of the open episodes) open a transaction.
 */
export async function evaluateOrgAlerts(ctx: OrgContext, at: number): Promise<AlertTickResult> {
  const [statuses, open] = await Promise.all([
    allSloStatuses(ctx, at),
    db.sloAlert.findMany({
      where: { status: "firing", slo: { orgId: ctx.org.id } },
      select: { id: true, sloId: true, conditionId: true },
    }),
  ]);
  const openBySlo = new Map<string, OpenEpisode[]>();
  for (const o of open) openBySlo.set(o.sloId, [...(openBySlo.get(o.sloId) ?? []), o]);
  const result: AlertTickResult = { fired: 0, resolved: 0, failed: 0 };
  for (const { slo, status, error } of statuses) {
    if (!status) {
      log.error(
        { err: error, orgId: ctx.org.id, sloId: slo.id },
        "SLO status could not be computed; its alerts were not evaluated",
      );
      result.failed++;
      continue;
    }
    const maybe = alertTransitions(status.alerts, openBySlo.get(slo.id) ?? []);
    if (!maybe.fire.length && !maybe.resolve.length) continue;
    try {
      const r = await recordSloTransitions(ctx, slo.id, status, at);
      result.fired += r.fired;
      result.resolved += r.resolved;
    } catch (e) {
      log.error(
        { err: e, orgId: ctx.org.id, sloId: slo.id },
        "recording an SLO's alerts failed; the next tick retries",
      );
      result.failed++;
    }
  }
  return result;
}

/** One scheduled tick: every organization that has SLOs, each as Vigil's own system actor; one failing organization never stops the rest. */
export async function evaluateAllSloAlerts(at = Date.now()): Promise<AlertTickResult> {
  const orgs = await db.organization.findMany({
    where: { slos: { some: {} } },
    select: { id: true, slug: true, name: true },
  });
  const total: AlertTickResult = { fired: 0, resolved: 0, failed: 0 };
  for (const org of orgs) {
    try {
      const r = await evaluateOrgAlerts({ org, actor: { type: "system", id: "slo-alerts", label: "slo-alerts" } }, at);
      total.fired += r.fired;
      total.resolved += r.resolved;
      total.failed += r.failed;
    } catch (e) {
      log.error({ err: e, orgId: org.id }, "evaluating an organization's SLO alerts failed; evaluating the others");
      total.failed++;
    }
  }
  return total;
}
