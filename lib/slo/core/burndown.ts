import { errorBudgetFromCounts, remainingRatioOf } from "./figures";

import type { CountsProvider, FigureExplain, ResolvedWindow, SloMethod, Target } from "./types";
import { MINUTE_MS } from "@/lib/time/units";

export type BurndownPoint = { t: number; remainingRatio: number };

/** Instants from the window start to E, `maxPoints` at most, on whole multiples of `minStepMs` (an hour by default). */
export function burndownTimes(window: ResolvedWindow, maxPoints = 60, minStepMs = 60 * MINUTE_MS): number[] {
  const span = window.end - window.start;
  const step = Math.max(minStepMs, Math.ceil(span / maxPoints / minStepMs) * minStepMs);
  const times = [window.start];
  for (let t = window.start + step; t < window.end; t += step) times.push(t);
  if (window.end > window.start) times.push(window.end);
  return times;
}

/**
 * The budget left over the current window as it was spent (docs/slo-math.md §13):
 *   remaining(t) = 1 − consumed[window.start, t) / budgetTotal
 * with budgetTotal the whole window's budget (errorBudget.total at E) for every t, so the line
 * starts at 1, only goes down, and ends at the status's remainingRatio. A zero budget follows
 * §6: 1 while nothing is consumed, 0 after.
 */
export function budgetBurndown(
  target: Target,
  method: SloMethod,
  window: ResolvedWindow,
  countsFor: CountsProvider,
  times = burndownTimes(window),
): { points: BurndownPoint[]; explain: FigureExplain } {
  const budgetTotal = errorBudgetFromCounts(
    target,
    method,
    countsFor(window.start, window.end),
    window.lengthMinutes,
  ).total;
  const points = times.map((t) => {
    const c = countsFor(window.start, t);
    const consumed = method === "occurrences" ? c.total - c.good : c.badMinutes;
    return { t, remainingRatio: remainingRatioOf(budgetTotal, budgetTotal - consumed, consumed) };
  });
  const explain: FigureExplain = {
    formula: `remaining(t) = 1 − ${method === "occurrences" ? "badEvents" : "badMinutes"}[windowStart, t) / budgetTotal (the whole window's budget); when budgetTotal = 0: 1 if nothing consumed, else 0`,
    inputs: { windowStart: window.start, windowEnd: window.end, budgetTotal, points: points.length },
    value: points.at(-1)?.remainingRatio ?? null,
  };
  return { points, explain };
}
