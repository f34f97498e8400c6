// Shared types for the pure SLO math library. No runtime code lives here.

/** One minute of SLI data. `minute` is epoch ms aligned to the start of a UTC minute. */
export interface MinuteBucket {
  minute: number;
  good: number;
  total: number;
}

export type SloMethod = "occurrences" | "timeslices";

/** Aggregated figures over a half-open interval [startMs, endMs) of bucket minutes. */
export interface Counts {
  /** Sum of `good` over buckets in the interval. */
  good: number;
  /** Sum of `total` over buckets in the interval. */
  total: number;
  /** Minutes with total > 0 and good/total >= threshold (timeslices only; 0 for occurrences). */
  goodMinutes: number;
  /** Minutes with total > 0 and good/total < threshold (timeslices only; 0 for occurrences). */
  badMinutes: number;
  /** Minutes with a bucket whose total > 0. */
  dataMinutes: number;
}

/**
 * Supplies counts for bucket minutes m with startMs <= m < endMs. Edges passed by this
 * library are always minute-aligned, so rollup-backed providers can answer exactly.
 */
export type CountsProvider = (startMs: number, endMs: number) => Counts;

export type WindowSpec = { kind: "rolling"; days: number } | { kind: "calendar-week" } | { kind: "calendar-month" };

export type WindowKind = WindowSpec["kind"];

export type Severity = "page" | "ticket";

export interface AlertCondition {
  id: string;
  severity: Severity;
  /** Fires when both windows' burn rates are strictly greater than this. */
  factor: number;
  longWindowMinutes: number;
  shortWindowMinutes: number;
}

export interface SloDefinition {
  /** Decimal percentage string, e.g. "99.9" or "100". */
  target: string;
  method: SloMethod;
  /** Required for timeslices: a minute is good when good/total >= this (0 < t <= 1). */
  timesliceThreshold?: number;
  window: WindowSpec;
  /** IANA zone for calendar windows; default "UTC". Ignored by rolling windows. */
  timeZone?: string;
  /** Long-window events (data minutes for timeslices) below this suppress alerts. */
  minEvents?: number;
  /** Evaluated as given. When absent, the defaults scaled to the window length are used. */
  alertConditions?: readonly AlertCondition[];
}

/** A parsed target. Ratios are computed from exact integers scaled by 10^decimals. */
export interface Target {
  /** Canonical percentage string (as given, validated). */
  percent: string;
  /** target / 100, e.g. 0.999. */
  ratio: number;
  /** (100 − target) / 100, e.g. 0.001. */
  errorBudgetRatio: number;
  /** errorBudgetRatio = badNumerator / denominator exactly (both integers). */
  badNumerator: number;
  denominator: number;
}

export interface ResolvedWindow {
  kind: WindowKind;
  /** Inclusive start (epoch ms). */
  start: number;
  /** Exclusive end E = floor(at / 1 min) · 1 min. */
  end: number;
  /** Full window length in minutes (whole calendar period for calendar windows). */
  lengthMinutes: number;
  /** Minutes in [start, end). */
  elapsedMinutes: number;
  /** Exclusive end of the whole period (equals `end` for rolling windows). */
  periodEnd: number;
  timeZone: string;
}

/** Why a figure is null (or, for alerts, not evaluated). */
export type NullReason = "no-data" | "zero-budget" | "zero-burn";

export interface FigureExplain {
  formula: string;
  inputs: Record<string, number | string | null>;
  value: number | null;
  nullReason?: NullReason;
  note?: string;
}

export interface ErrorBudget {
  total: number;
  consumed: number;
  remaining: number;
  remainingRatio: number;
}

/** Fixed burn-rate lookbacks reported in the status (minutes in time.ts `LOOKBACKS`). */
export type LookbackKey = "5m" | "30m" | "1h" | "2h" | "6h" | "1d" | "3d";

export type BurnRates = Record<LookbackKey, number | null>;

export type AlertStatus = "firing" | "ok" | "suppressed" | "no-data" | "zero-budget";

export interface AlertEvaluation {
  id: string;
  severity: Severity;
  factor: number;
  longWindowMinutes: number;
  shortWindowMinutes: number;
  longBurnRate: number | null;
  shortBurnRate: number | null;
  /** Events (occurrences) or data minutes (timeslices) in the long window. */
  longWindowEvents: number;
  minEvents: number | null;
  /** True when both burn rates exceed the factor, ignoring minEvents. */
  wouldFire: boolean;
  firing: boolean;
  status: AlertStatus;
  reason: string | null;
}

export interface DataCoverage {
  /** dataMinutes / elapsedMinutes; null when no minute has elapsed. */
  ratio: number | null;
  dataMinutes: number;
  missingMinutes: number;
  elapsedMinutes: number;
}

export interface SloStatus {
  target: { percent: string; ratio: number; errorBudgetRatio: number };
  method: SloMethod;
  window: ResolvedWindow;
  attainment: number | null;
  errorBudget: ErrorBudget;
  burnRates: BurnRates;
  alerts: AlertEvaluation[];
  dataCoverage: DataCoverage;
  timeToExhaustionMinutes: number | null;
  /** The `at` passed in (epoch ms). */
  evaluatedAt: number;
  explain: {
    window: FigureExplain;
    attainment: FigureExplain;
    errorBudget: FigureExplain;
    burnRates: Record<LookbackKey, FigureExplain>;
    timeToExhaustion: FigureExplain;
    dataCoverage: FigureExplain;
    alerts: Record<string, FigureExplain>;
  };
}
