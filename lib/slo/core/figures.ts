import { allowedBad } from "./target";
import { LOOKBACK_KEYS, LOOKBACKS } from "./time";
import type {
  BurnRates,
  Counts,
  CountsProvider,
  DataCoverage,
  ErrorBudget,
  FigureExplain,
  LookbackKey,
  NullReason,
  ResolvedWindow,
  SloMethod,
  Target,
} from "./types";
import { MINUTE_MS } from "@/lib/time/units";

export interface FigureResult<T> {
  value: T;
  explain: FigureExplain;
}

function windowInputs(w: ResolvedWindow): Record<string, number> {
  return { windowStart: w.start, windowEnd: w.end };
}

/** occurrences: good/total; timeslices: goodMinutes/dataMinutes; null without data. */
export function attainmentFromCounts(method: SloMethod, c: Counts): number | null {
  if (method === "occurrences") return c.total > 0 ? c.good / c.total : null;
  return c.dataMinutes > 0 ? c.goodMinutes / c.dataMinutes : null;
}

export function computeAttainment(
  method: SloMethod,
  window: ResolvedWindow,
  countsFor: CountsProvider,
): FigureResult<number | null> {
  const c = countsFor(window.start, window.end);
  const value = attainmentFromCounts(method, c);
  const explain: FigureExplain =
    method === "occurrences"
      ? { formula: "good / total", inputs: { good: c.good, total: c.total, ...windowInputs(window) }, value }
      : {
          formula: "goodMinutes / dataMinutes",
          inputs: { goodMinutes: c.goodMinutes, dataMinutes: c.dataMinutes, ...windowInputs(window) },
          value,
        };
  if (value === null) explain.nullReason = "no-data";
  return { value, explain };
}

/**
 * remaining / total. A zero budget (target 100 %, or no events yet for occurrences) has no
 * finite ratio: 1 when nothing is consumed, otherwise 0 (exhausted; `remaining` shows the overspend).
 */
export function remainingRatioOf(total: number, remaining: number, consumed: number): number {
  if (total > 0) return remaining / total;
  return consumed > 0 ? 0 : 1;
}

/**
 * occurrences: total = (1 − target) · totalEvents in [start, E); consumed = badEvents.
 * timeslices: total = (1 − target) · window.lengthMinutes (whole period); consumed = badMinutes.
 */
export function errorBudgetFromCounts(
  target: Target,
  method: SloMethod,
  c: Counts,
  lengthMinutes: number,
): ErrorBudget {
  const total = method === "occurrences" ? allowedBad(target, c.total) : allowedBad(target, lengthMinutes);
  const consumed = method === "occurrences" ? c.total - c.good : c.badMinutes;
  const remaining = total - consumed;
  return { total, consumed, remaining, remainingRatio: remainingRatioOf(total, remaining, consumed) };
}

export function computeErrorBudget(
  target: Target,
  method: SloMethod,
  window: ResolvedWindow,
  countsFor: CountsProvider,
): FigureResult<ErrorBudget> {
  const c = countsFor(window.start, window.end);
  const value = errorBudgetFromCounts(target, method, c, window.lengthMinutes);
  const common = {
    target: target.percent,
    errorBudgetRatio: target.errorBudgetRatio,
    ...windowInputs(window),
    budgetTotal: value.total,
    consumed: value.consumed,
    remaining: value.remaining,
  };
  const ratioRule = "remainingRatio = remaining / total (when total = 0: 1 if consumed = 0, else 0)";
  const explain: FigureExplain =
    method === "occurrences"
      ? {
          formula: `total = (100 − target)/100 × totalEvents; consumed = totalEvents − goodEvents; remaining = total − consumed; ${ratioRule}`,
          inputs: { ...common, goodEvents: c.good, totalEvents: c.total },
          value: value.remainingRatio,
        }
      : {
          formula: `total = (100 − target)/100 × windowLengthMinutes; consumed = badMinutes; remaining = total − consumed; ${ratioRule}`,
          inputs: { ...common, windowLengthMinutes: window.lengthMinutes, badMinutes: c.badMinutes },
          value: value.remainingRatio,
        };
  if (value.total === 0) explain.nullReason = "zero-budget";
  return { value, explain };
}

export interface BurnRateValue {
  value: number | null;
  nullReason?: NullReason;
}

/**
 * (bad / total) / ((100 − target)/100), computed as bad·denominator / (total·badNumerator)
 * from the exact target integers. timeslices use badMinutes / dataMinutes.
 * null when target is 100 % (budget ratio 0) or when there is no data.
 */
export function burnRateFromCounts(target: Target, method: SloMethod, c: Counts): BurnRateValue {
  if (target.badNumerator === 0) return { value: null, nullReason: "zero-budget" };
  const bad = method === "occurrences" ? c.total - c.good : c.badMinutes;
  const n = method === "occurrences" ? c.total : c.dataMinutes;
  if (n <= 0) return { value: null, nullReason: "no-data" };
  return { value: (bad * target.denominator) / (n * target.badNumerator) };
}

/** Burn rate over [end − lookbackMinutes, end). */
export function computeBurnRate(
  target: Target,
  method: SloMethod,
  countsFor: CountsProvider,
  end: number,
  lookbackMinutes: number,
): FigureResult<number | null> & { counts: Counts } {
  const start = end - lookbackMinutes * MINUTE_MS;
  const c = countsFor(start, end);
  const r = burnRateFromCounts(target, method, c);
  const inputs: Record<string, number | string> =
    method === "occurrences"
      ? { good: c.good, total: c.total, bad: c.total - c.good }
      : { badMinutes: c.badMinutes, dataMinutes: c.dataMinutes };
  // The lookback's data coverage: minutes without data are neither good nor bad (not clipped to the window).
  const coverage = { dataMinutes: c.dataMinutes, dataCoverage: c.dataMinutes / lookbackMinutes };
  const explain: FigureExplain = {
    formula:
      method === "occurrences"
        ? "((total − good) / total) / ((100 − target)/100) over [end − lookback, end)"
        : "(badMinutes / dataMinutes) / ((100 − target)/100) over [end − lookback, end)",
    inputs: {
      ...inputs,
      ...coverage,
      target: target.percent,
      errorBudgetRatio: target.errorBudgetRatio,
      start,
      end,
      lookbackMinutes,
    },
    value: r.value,
  };
  if (r.nullReason) explain.nullReason = r.nullReason;
  return { value: r.value, explain, counts: c };
}

/** Burn rates over the fixed lookbacks 5m … 3d, all ending at E. */
export function computeBurnRates(
  target: Target,
  method: SloMethod,
  countsFor: CountsProvider,
  end: number,
): { values: BurnRates; explain: Record<LookbackKey, FigureExplain> } {
  const values = {} as BurnRates;
  const explain = {} as Record<LookbackKey, FigureExplain>;
  for (const key of LOOKBACK_KEYS) {
    const r = computeBurnRate(target, method, countsFor, end, LOOKBACKS[key]);
    values[key] = r.value;
    explain[key] = r.explain;
  }
  return { values, explain };
}

/**
 * remainingRatio · windowLengthMinutes / B, B = the 1h burn rate (at B = 1 a full budget lasts
 * exactly one window). null when B is null or 0; 0 when remainingRatio <= 0.
 */
export function timeToExhaustionMinutes(
  remainingRatio: number,
  windowLengthMinutes: number,
  burn: number | null,
): BurnRateValue {
  if (burn === null) return { value: null, nullReason: "no-data" };
  if (burn === 0) return { value: null, nullReason: "zero-burn" };
  if (remainingRatio <= 0) return { value: 0 };
  return { value: (remainingRatio * windowLengthMinutes) / burn };
}

export function computeTimeToExhaustion(
  budget: ErrorBudget,
  window: ResolvedWindow,
  burn1h: FigureResult<number | null>,
): FigureResult<number | null> {
  const r = timeToExhaustionMinutes(budget.remainingRatio, window.lengthMinutes, burn1h.value);
  const explain: FigureExplain = {
    formula: "remainingRatio × windowLengthMinutes / burnRate1h (null if burn is null or 0; 0 if remainingRatio <= 0)",
    inputs: {
      remainingRatio: budget.remainingRatio,
      windowLengthMinutes: window.lengthMinutes,
      burnRate1h: burn1h.value,
    },
    value: r.value,
  };
  // A null burn inherits its own reason (no data vs target 100 %).
  const reason = burn1h.value === null ? (burn1h.explain.nullReason ?? "no-data") : r.nullReason;
  if (r.value === null && reason) explain.nullReason = reason;
  return { value: r.value, explain };
}

/** dataMinutes / elapsed minutes of [start, E); missing = elapsed − dataMinutes. */
export function computeDataCoverage(window: ResolvedWindow, countsFor: CountsProvider): FigureResult<DataCoverage> {
  const c = countsFor(window.start, window.end);
  const elapsed = window.elapsedMinutes;
  const ratio = elapsed > 0 ? c.dataMinutes / elapsed : null;
  const value: DataCoverage = {
    ratio,
    dataMinutes: c.dataMinutes,
    missingMinutes: elapsed - c.dataMinutes,
    elapsedMinutes: elapsed,
  };
  const explain: FigureExplain = {
    formula:
      "dataMinutes / elapsedMinutes; missingMinutes = elapsedMinutes − dataMinutes (a minute has data when its bucket total > 0)",
    inputs: { dataMinutes: c.dataMinutes, elapsedMinutes: elapsed, ...windowInputs(window) },
    value: ratio,
  };
  if (ratio === null) explain.nullReason = "no-data";
  return { value, explain };
}
