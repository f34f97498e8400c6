// Pure: the SLO list's states and figure sorts (docs/slo-engine.md, "SLO list").
import { z } from "zod";
import type { SloStatus } from "./types";

export const SLO_STATES = ["ok", "burning", "exhausted", "no-data"] as const;
export type SloState = (typeof SLO_STATES)[number];
export const SLO_STATE_LABELS: Record<SloState, string> = {
  ok: "OK",
  burning: "Burning",
  exhausted: "Budget exhausted",
  "no-data": "No data",
};

/** Sorts by a stored field, paginated in SQL. */
export const FIELD_SORTS = ["name", "-name", "createdAt", "-createdAt", "updatedAt", "-updatedAt"] as const;
/** Sorts by a computed figure, worst first: every matching SLO's status is computed (from the rollups). */
export const FIGURE_SORTS = ["budget", "attainment", "burn"] as const;
export type FigureSort = (typeof FIGURE_SORTS)[number];

export const sloListPageQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  serviceId: z.string().max(100).optional(),
  state: z.enum(SLO_STATES).optional(),
  sort: z.enum([...FIELD_SORTS, ...FIGURE_SORTS]).default("name"),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SloListPageQuery = z.infer<typeof sloListPageQuerySchema>;

export const isFigureSort = (sort: string): sort is FigureSort => (FIGURE_SORTS as readonly string[]).includes(sort);

/**
 * One state per SLO, checked in this order: no data (no status, or no data in the window),
 * exhausted (remainingRatio ≤ 0), burning (a burn-rate alert is firing), ok.
 */
export function sloState(status: SloStatus | null): SloState {
  if (!status || status.attainment === null) return "no-data";
  if (status.errorBudget.remainingRatio <= 0) return "exhausted";
  if (status.alerts.some((a) => a.firing)) return "burning";
  return "ok";
}

/** Firing pages, then firing tickets, then everything else. */
function alertRank(status: SloStatus): number {
  if (status.alerts.some((a) => a.firing && a.severity === "page")) return 2;
  return status.alerts.some((a) => a.firing) ? 1 : 0;
}

type Item = { name: string; id: string; status: SloStatus | null };

/** Ascending numbers with nulls (no figure) last. */
const ascending = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

/**
 * Worst first: least budget remaining; lowest attainment; burn = firing pages, then tickets, then
 * the highest 1-hour burn rate. SLOs without a figure come last; ties go by name.
 */
export function compareByFigure(sort: FigureSort): (a: Item, b: Item) => number {
  const key = (i: Item): number | null => {
    const s = i.status;
    if (!s) return null;
    if (sort === "budget") return s.errorBudget.remainingRatio;
    if (sort === "attainment") return s.attainment;
    return null;
  };
  return (a, b) => {
    let d = 0;
    if (sort === "burn") {
      d = (b.status ? alertRank(b.status) : -1) - (a.status ? alertRank(a.status) : -1);
      if (!d)
        d = ascending(
          a.status?.burnRates["1h"] == null ? null : -a.status.burnRates["1h"],
          b.status?.burnRates["1h"] == null ? null : -b.status.burnRates["1h"],
        );
    } else d = ascending(key(a), key(b));
    return d || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}
