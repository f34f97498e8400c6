import { computeBurnRate } from "./figures";
import { REFERENCE_WINDOW_MINUTES } from "./time";
import type { AlertCondition, AlertEvaluation, CountsProvider, FigureExplain, SloMethod, Target } from "./types";

/** SRE Workbook ch.5 multiwindow, multi-burn-rate table, defined for a 30-day window. */
export const REFERENCE_ALERT_CONDITIONS: readonly AlertCondition[] = [
  { id: "page-fast", severity: "page", factor: 14.4, longWindowMinutes: 60, shortWindowMinutes: 5 },
  { id: "page-slow", severity: "page", factor: 6, longWindowMinutes: 360, shortWindowMinutes: 30 },
  { id: "ticket-fast", severity: "ticket", factor: 3, longWindowMinutes: 1440, shortWindowMinutes: 120 },
  { id: "ticket-slow", severity: "ticket", factor: 1, longWindowMinutes: 4320, shortWindowMinutes: 360 },
];

/** round(minutes · windowLength / 30 days), at least 1 minute (data is per minute). */
export function scaleWindowMinutes(minutes: number, windowLengthMinutes: number): number {
  return Math.max(1, Math.round((minutes * windowLengthMinutes) / REFERENCE_WINDOW_MINUTES));
}

/**
 * Default conditions for an SLO window of `windowLengthMinutes`: lookbacks scaled by
 * windowLength / 30 days (Pyrra's approach), factors unchanged.
 */
export function defaultAlertConditions(windowLengthMinutes: number): AlertCondition[] {
  return REFERENCE_ALERT_CONDITIONS.map((c) => ({
    ...c,
    longWindowMinutes: scaleWindowMinutes(c.longWindowMinutes, windowLengthMinutes),
    shortWindowMinutes: scaleWindowMinutes(c.shortWindowMinutes, windowLengthMinutes),
  }));
}

function assertCondition(c: AlertCondition): void {
  const okWindow = (m: number) => Number.isInteger(m) && m > 0;
  if (!okWindow(c.longWindowMinutes) || !okWindow(c.shortWindowMinutes) || !Number.isFinite(c.factor)) {
    throw new RangeError(`invalid alert condition ${JSON.stringify(c)}: windows must be positive integer minutes`);
  }
}

/**
 * Fires when burn(long) > factor AND burn(short) > factor, both windows ending at E.
 * When events in the long window (data minutes for timeslices) < minEvents the condition
 * is "suppressed" regardless of burn; `wouldFire` still tells what the burn rates say.
 */
export function evaluateAlertCondition(
  target: Target,
  method: SloMethod,
  countsFor: CountsProvider,
  end: number,
  condition: AlertCondition,
  minEvents?: number,
): { value: AlertEvaluation; explain: FigureExplain } {
  assertCondition(condition);
  const long = computeBurnRate(target, method, countsFor, end, condition.longWindowMinutes);
  const short = computeBurnRate(target, method, countsFor, end, condition.shortWindowMinutes);
  const longWindowEvents = method === "occurrences" ? long.counts.total : long.counts.dataMinutes;
  const wouldFire =
    long.value !== null && short.value !== null && long.value > condition.factor && short.value > condition.factor;
  const min = minEvents !== undefined && minEvents > 0 ? minEvents : null;

  let status: AlertEvaluation["status"];
  let reason: string | null = null;
  if (min !== null && longWindowEvents < min) {
    status = "suppressed";
    reason = `suppressed: low traffic (${longWindowEvents} events in long window < minEvents ${min})`;
  } else if (target.badNumerator === 0) {
    status = "zero-budget";
    reason = "target is 100%: burn rate is undefined";
  } else if (long.value === null || short.value === null) {
    status = "no-data";
    reason = `no data in the ${long.value === null ? "long" : "short"} window`;
  } else {
    status = wouldFire ? "firing" : "ok";
  }
  const firing = status === "firing";

  const value: AlertEvaluation = {
    ...condition,
    longBurnRate: long.value,
    shortBurnRate: short.value,
    longWindowEvents,
    minEvents: min,
    wouldFire,
    firing,
    status,
    reason,
  };
  // Each window's own counts and edges, so the row shows how both burn rates came about.
  const windowInputs = (prefix: "long" | "short", w: typeof long) => {
    const i = w.explain.inputs;
    const counts =
      method === "occurrences"
        ? { Good: i.good ?? null, Total: i.total ?? null }
        : { BadMinutes: i.badMinutes ?? null, DataMinutes: i.dataMinutes ?? null };
    return Object.fromEntries(
      [...Object.entries(counts), ["DataCoverage", i.dataCoverage ?? null], ["Start", i.start ?? null]].map(
        ([k, v]) => [`${prefix}${k}`, v],
      ),
    );
  };
  const explain: FigureExplain = {
    formula: `firing = burn(long) > factor AND burn(short) > factor AND longWindowEvents >= minEvents; burn = ${method === "occurrences" ? "((total − good) / total)" : "(badMinutes / dataMinutes)"} / ((100 − target)/100) over [end − window, end)`,
    inputs: {
      factor: condition.factor,
      longWindowMinutes: condition.longWindowMinutes,
      shortWindowMinutes: condition.shortWindowMinutes,
      longBurnRate: long.value,
      shortBurnRate: short.value,
      ...windowInputs("long", long),
      ...windowInputs("short", short),
      end,
      longWindowEvents,
      minEvents: min,
      target: target.percent,
    },
    value: firing ? 1 : 0,
  };
  if (reason) explain.note = reason;
  return { value, explain };
}
