import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { rollupStatuses } from "./rollup-statuses";
import { compareByFigure, isFigureSort, sloState, type SloListPageQuery } from "./core/list";
import { orderOf } from "./slis";
import { findSlo, sloDefinition, sloJson, sloSelect, sloWhere, type SloRow } from "./slos";
import type { SloStatus } from "./core/types";

const iso = (ms: number) => new Date(ms).toISOString();

export const statusRequest = (s: SloRow) => ({ sloId: s.id, sliId: s.sliId, definition: sloDefinition(s) });

/** The JSON shape, times as RFC 3339; `explain` says how each figure was computed. */
export function statusJson(s: SloStatus) {
  return {
    target: s.target,
    method: s.method,
    window: { ...s.window, start: iso(s.window.start), end: iso(s.window.end), periodEnd: iso(s.window.periodEnd) },
    attainment: s.attainment,
    errorBudget: s.errorBudget,
    burnRates: s.burnRates,
    alerts: s.alerts,
    dataCoverage: s.dataCoverage,
    timeToExhaustionMinutes: s.timeToExhaustionMinutes,
    evaluatedAt: iso(s.evaluatedAt),
    explain: s.explain,
  };
}

/** `?at=` as epoch ms: RFC 3339 with an offset, not in the future; absent means now. */
export function parseAt(at: string | null, now = Date.now()): number {
  if (at === null || at === "") return now;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/.test(at) ? Date.parse(at) : NaN;
  if (!Number.isFinite(ms))
    throw badRequest(`"at" must be an RFC 3339 time such as 2026-11-22T10:00:00Z, got "${at}".`);
  if (ms > now) throw badRequest('"at" is in the future; the status can only be evaluated up to now.');
  return ms;
}

export async function getSloStatus(ctx: OrgContext, id: string, at = Date.now()) {
  authorize(ctx, "org:read");
  const slo = await findSlo(db, ctx, id);
  const { statuses, failures } = await rollupStatuses([statusRequest(slo)], at);
  const status = statuses.get(slo.id);
  if (!status) throw failures.get(slo.id) ?? new Error("status missing for a requested SLO");
  return status;
}

/**
 * A page of the SLO list with statuses. Sorted by a stored field without a state filter, only the
 * page is evaluated; sorted by a figure or filtered by state, every matching SLO is evaluated in
 * one batch from the rollups (three queries however many), then filtered, sorted and paginated.
 */
export async function listSloStatuses(ctx: OrgContext, query: SloListPageQuery, at = Date.now()) {
  authorize(ctx, "org:read");
  const where = sloWhere(ctx, query);
  if (!isFigureSort(query.sort) && !query.state) {
    const [rows, total] = await Promise.all([
      db.slo.findMany({
        where,
        select: sloSelect,
        orderBy: [...orderOf(query.sort)],
        take: query.limit,
        skip: query.offset,
      }),
      db.slo.count({ where }),
    ]);
    const { statuses } = await rollupStatuses(rows.map(statusRequest), at);
    return {
      data: rows.map((s) => ({ slo: sloJson(s), status: statuses.get(s.id) ?? null })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
  const rows = await db.slo.findMany({ where, select: sloSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const { statuses } = await rollupStatuses(rows.map(statusRequest), at);
  let items = rows.map((s) => ({ id: s.id, name: s.name, row: s, status: statuses.get(s.id) ?? null }));
  if (query.state) items = items.filter((i) => sloState(i.status) === query.state);
  if (isFigureSort(query.sort)) items.sort(compareByFigure(query.sort));
  else if (query.sort !== "name") {
    // A stored-field sort with a state filter: the order SQL gives, applied to the filtered rows.
    const order = await db.slo.findMany({
      where: { id: { in: items.map((i) => i.id) } },
      select: { id: true },
      orderBy: [...orderOf(query.sort)],
    });
    const rank = new Map(order.map((o, n) => [o.id, n]));
    items.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
  const page = items.slice(query.offset, query.offset + query.limit);
  return {
    data: page.map((i) => ({ slo: sloJson(i.row), status: i.status })),
    total: items.length,
    limit: query.limit,
    offset: query.offset,
  };
}

/** A service's SLOs now (the service page: rendering must not read the clock itself). */
export function serviceSloStatuses(ctx: OrgContext, serviceId: string) {
  return allSloStatuses(ctx, Date.now(), { serviceId });
}

/** Every SLO of the organization (or one service or SLO) at `at`, batched: deploy gate, alerts, benchmark. */
export async function allSloStatuses(
  ctx: OrgContext,
  at = Date.now(),
  filter: { serviceId?: string; sloId?: string } = {},
  options: { rawMinutesOnly?: boolean } = {},
) {
  authorize(ctx, "org:read");
  const rows = await db.slo.findMany({
    where: { ...sloWhere(ctx, filter), ...(filter.sloId ? { id: filter.sloId } : {}) },
    select: sloSelect,
    orderBy: { name: "asc" },
  });
  const { statuses, failures } = await rollupStatuses(rows.map(statusRequest), at, options);
  return rows.map((s) => ({ slo: sloJson(s), status: statuses.get(s.id) ?? null, error: failures.get(s.id) ?? null }));
}
