import { assertThreshold } from "./counts";
import { errorBudgetFromCounts } from "./figures";
import { parseTarget } from "./target";
import { ceilToMinute } from "./time";
import type { CountsProvider, FigureExplain, ResolvedWindow, SloDefinition, SloMethod, Target } from "./types";
import { DEFAULT_TIME_ZONE, resolveWindow } from "./window";

export interface IntervalBudgetConsumption {
  /** Clipped, minute-aligned interval actually counted: [start, end) ∩ window. */
  start: number;
  end: number;
  /** Bad events (occurrences) or bad minutes (timeslices) in the clipped interval. */
  consumed: number;
  /** The window's error budget total (same as SloStatus.errorBudget.total). */
  budgetTotal: number;
  /** consumed / budgetTotal; 0 when consumed = 0; null when budgetTotal = 0 and consumed > 0. */
  share: number | null;
  explain: FigureExplain;
}

/**
 * Share of the window's budget consumed by bucket minutes m with start <= m < end, clipped
 * to the window. Edges are rounded up to whole minutes, which selects exactly the same buckets.
 */
export function budgetConsumedInWindow(
  target: Target,
  method: SloMethod,
  window: ResolvedWindow,
  countsFor: CountsProvider,
  startMs: number,
  endMs: number | null,
): IntervalBudgetConsumption {
  const start = Math.max(ceilToMinute(startMs), window.start);
  const end = Math.min(endMs === null ? window.end : ceilToMinute(endMs), window.end);
  const budgetTotal = errorBudgetFromCounts(
    target,
    method,
    countsFor(window.start, window.end),
    window.lengthMinutes,
  ).total;
  let consumed = 0;
  if (end > start) {
    const c = countsFor(start, end);
    consumed = method === "occurrences" ? c.total - c.good : c.badMinutes;
  }
  const share = consumed === 0 ? 0 : budgetTotal > 0 ? consumed / budgetTotal : null;
  const explain: FigureExplain = {
    formula:
      method === "occurrences"
        ? "badEvents in [max(start, windowStart), min(end, E)) / budgetTotal"
        : "badMinutes in [max(start, windowStart), min(end, E)) / budgetTotal",
    inputs: {
      requestedStart: startMs,
      requestedEnd: endMs,
      start,
      end,
      windowStart: window.start,
      windowEnd: window.end,
      consumed,
      budgetTotal,
    },
    value: share,
  };
  if (share === null) explain.nullReason = "zero-budget";
  return { start, end: Math.max(start, end), consumed, budgetTotal, share, explain };
}

/** Convenience: resolves the SLO window at `at`, then {@link budgetConsumedInWindow}. `end` null = ongoing. */
export function budgetConsumedBetween(
  slo: SloDefinition,
  at: number,
  countsFor: CountsProvider,
  startMs: number,
  endMs: number | null,
): IntervalBudgetConsumption {
  if (slo.method === "timeslices") assertThreshold(slo.timesliceThreshold);
  const window = resolveWindow(slo.window, at, slo.timeZone ?? DEFAULT_TIME_ZONE);
  return budgetConsumedInWindow(parseTarget(slo.target), slo.method, window, countsFor, startMs, endMs);
}
