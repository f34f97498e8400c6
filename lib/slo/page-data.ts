import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { defaultAlertConditions } from "./core/alerts";
import { budgetBurndown } from "./core/burndown";
import { countsFromBuckets } from "./core/counts";
import { budgetConsumedBetween } from "./core/interval";
import { rollupStatuses } from "./rollup-statuses";
import { findSlo, sloDefinition, sloJson } from "./slos";
import { statusRequest } from "./status";
import { parseTarget } from "./core/target";
import { resolveWindow, DEFAULT_TIME_ZONE } from "./core/window";

const HOUR = 3_600_000;

/**
 * Everything the SLO page draws. The headline status comes from the rollups like the API; the
 * charts and incident ranking replay the window's raw minutes in memory (one SLO, ≤ 43,200 rows).
 */
export async function sloPageData(ctx: OrgContext, id: string, at = Date.now()) {
  authorize(ctx, "org:read");
  const row = await findSlo(db, ctx, id);
  const definition = sloDefinition(row);
  const { statuses, failures } = await rollupStatuses([statusRequest(row)], at);
  const status = statuses.get(row.id);
  if (!status) throw failures.get(row.id) ?? new Error("status missing for a requested SLO");
  const window = resolveWindow(definition.window, at, definition.timeZone ?? DEFAULT_TIME_ZONE);
  const [minutes, alerts, incidents] = await Promise.all([
    db.sliPoint.findMany({
      where: {
        sliId: row.sliId,
        sli: { orgId: ctx.org.id },
        minute: { gte: new Date(window.start), lt: new Date(window.end) },
      },
      select: { minute: true, good: true, total: true },
    }),
    db.sloAlert.findMany({
      where: { sloId: row.id, slo: { orgId: ctx.org.id } },
      orderBy: { firedAt: "desc" },
      take: 50,
    }),
    db.incident.findMany({
      where: {
        orgId: ctx.org.id,
        private: false,
        services: { some: { serviceId: row.sli.serviceId } },
        startedAt: { lt: new Date(window.end) },
        OR: [{ resolvedAt: null }, { resolvedAt: { gt: new Date(window.start) } }],
      },
      select: { id: true, number: true, title: true, severity: true, startedAt: true, resolvedAt: true },
    }),
  ]);
  const provider = countsFromBuckets(
    minutes.map((m) => ({ minute: m.minute.getTime(), good: m.good, total: m.total })),
    definition.method,
    definition.timesliceThreshold,
  );

  const burndown = budgetBurndown(parseTarget(definition.target), definition.method, window, provider);

  const hourly = new Map<number, { good: number; total: number }>();
  for (const m of minutes) {
    const h = Math.floor(m.minute.getTime() / HOUR) * HOUR;
    const acc = hourly.get(h) ?? { good: 0, total: 0 };
    acc.good += m.good;
    acc.total += m.total;
    hourly.set(h, acc);
  }
  const sliSeries = [...hourly.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, c]) => ({ t, ratio: c.total > 0 ? c.good / c.total : null }));

  const ranked = incidents
    .map((i) => ({
      ...i,
      consumed: budgetConsumedBetween(definition, at, provider, i.startedAt.getTime(), i.resolvedAt?.getTime() ?? null),
    }))
    .sort((a, b) => (b.consumed.share ?? 0) - (a.consumed.share ?? 0));

  return {
    slo: sloJson(row),
    status,
    burndown: burndown.points,
    burndownExplain: burndown.explain,
    sliSeries,
    alerts,
    incidents: ranked,
  };
}

/** What the SLO edit form shows: the SLO, and Vigil's default conditions scaled to its window now (used when it has none of its own). */
export async function sloEditData(ctx: OrgContext, id: string, at = Date.now()) {
  authorize(ctx, "org:read");
  const row = await findSlo(db, ctx, id);
  const definition = sloDefinition(row);
  const window = resolveWindow(definition.window, at, definition.timeZone ?? DEFAULT_TIME_ZONE);
  return { slo: sloJson(row), defaultConditions: defaultAlertConditions(window.lengthMinutes) };
}
