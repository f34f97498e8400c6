import { defaultAlertConditions, evaluateAlertCondition } from "./alerts";
import { assertThreshold, memoizeCounts } from "./counts";
import {
  computeAttainment,
  computeBurnRates,
  computeDataCoverage,
  computeErrorBudget,
  computeTimeToExhaustion,
} from "./figures";
import { parseTarget } from "./target";
import type { AlertCondition, AlertEvaluation, CountsProvider, FigureExplain, SloDefinition, SloStatus } from "./types";
import { DEFAULT_TIME_ZONE, resolveWindow } from "./window";

/** Alert conditions that apply to `slo`: its own list as given, else the scaled defaults. */
export function alertConditionsFor(slo: SloDefinition, windowLengthMinutes: number): readonly AlertCondition[] {
  return slo.alertConditions ?? defaultAlertConditions(windowLengthMinutes);
}

const WINDOW_FORMULA: Record<SloDefinition["window"]["kind"], string> = {
  rolling: "E = floor(at / 60000) × 60000; window = [E − days × 1440 min, E); length = days × 1440 min",
  "calendar-week":
    "E = floor(at / 60000) × 60000; window = [start of the ISO week (Monday 00:00, timeZone) containing E − 1 ms, E); length = whole week in minutes",
  "calendar-month":
    "E = floor(at / 60000) × 60000; window = [start of the month (1st 00:00, timeZone) containing E − 1 ms, E); length = whole month in minutes",
};

/** Evaluates every SLO figure at `at` from a counts provider. Pure: no I/O. */
export function computeSloStatus(slo: SloDefinition, at: number, countsFor: CountsProvider): SloStatus {
  const target = parseTarget(slo.target);
  if (slo.method === "timeslices") assertThreshold(slo.timesliceThreshold);
  const window = resolveWindow(slo.window, at, slo.timeZone ?? DEFAULT_TIME_ZONE);
  // Default alert windows at 30 days coincide with the fixed lookbacks: fetch each range once.
  const counts = memoizeCounts(countsFor);

  const attainment = computeAttainment(slo.method, window, counts);
  const budget = computeErrorBudget(target, slo.method, window, counts);
  const burn = computeBurnRates(target, slo.method, counts, window.end);
  const coverage = computeDataCoverage(window, counts);
  const tte = computeTimeToExhaustion(budget.value, window, {
    value: burn.values["1h"],
    explain: burn.explain["1h"],
  });

  const alerts: AlertEvaluation[] = [];
  const alertExplain: Record<string, FigureExplain> = {};
  for (const condition of alertConditionsFor(slo, window.lengthMinutes)) {
    if (condition.id in alertExplain) throw new RangeError(`duplicate alert condition id "${condition.id}"`);
    const r = evaluateAlertCondition(target, slo.method, counts, window.end, condition, slo.minEvents);
    alerts.push(r.value);
    alertExplain[condition.id] = r.explain;
  }

  const windowInputs: FigureExplain["inputs"] = {
    at,
    start: window.start,
    end: window.end,
    periodEnd: window.periodEnd,
    lengthMinutes: window.lengthMinutes,
    elapsedMinutes: window.elapsedMinutes,
    timeZone: window.timeZone,
  };
  if (slo.window.kind === "rolling") windowInputs.days = slo.window.days;
  if (slo.method === "timeslices") windowInputs.timesliceThreshold = slo.timesliceThreshold ?? null;

  return {
    target: { percent: target.percent, ratio: target.ratio, errorBudgetRatio: target.errorBudgetRatio },
    method: slo.method,
    window,
    attainment: attainment.value,
    errorBudget: budget.value,
    burnRates: burn.values,
    alerts,
    dataCoverage: coverage.value,
    timeToExhaustionMinutes: tte.value,
    evaluatedAt: at,
    explain: {
      window: { formula: WINDOW_FORMULA[slo.window.kind], inputs: windowInputs, value: window.lengthMinutes },
      attainment: attainment.explain,
      errorBudget: budget.explain,
      burnRates: burn.explain,
      timeToExhaustion: tte.explain,
      dataCoverage: coverage.explain,
      alerts: alertExplain,
    },
  };
}
