// Public entry point of the pure SLO math library.
export * from "./types";
export {
  MINUTE_MS,
  MINUTES_PER_DAY,
  REFERENCE_WINDOW_MINUTES,
  LOOKBACKS,
  LOOKBACK_KEYS,
  evaluationEnd,
  floorToMinute,
  ceilToMinute,
} from "./time";
export { parseTarget, allowedBad } from "./target";
export { localParts, zoneOffsetMs, zonedStartOfDay } from "./timezone";
export { DEFAULT_TIME_ZONE, resolveWindow, calendarMonthAt, isoWeekAt } from "./window";
export type { CalendarPeriod } from "./window";
export { countsFromBuckets, classifyMinute, emptyCounts, memoizeCounts } from "./counts";
export {
  attainmentFromCounts,
  computeAttainment,
  errorBudgetFromCounts,
  computeErrorBudget,
  remainingRatioOf,
  burnRateFromCounts,
  computeBurnRate,
  computeBurnRates,
  timeToExhaustionMinutes,
  computeTimeToExhaustion,
  computeDataCoverage,
} from "./figures";
export type { FigureResult, BurnRateValue } from "./figures";
export {
  REFERENCE_ALERT_CONDITIONS,
  defaultAlertConditions,
  scaleWindowMinutes,
  evaluateAlertCondition,
} from "./alerts";
export { computeSloStatus, alertConditionsFor } from "./status";
export { budgetConsumedBetween, budgetConsumedInWindow } from "./interval";
export { budgetBurndown, burndownTimes } from "./burndown";
export type { BurndownPoint } from "./burndown";
export type { IntervalBudgetConsumption } from "./interval";
