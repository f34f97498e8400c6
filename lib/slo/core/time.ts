import type { LookbackKey } from "./types";
import { MINUTE_MS } from "@/lib/time/units";

export const MINUTES_PER_DAY = 1440;
/** Reference window of the SRE Workbook alert table (30 days). */
export const REFERENCE_WINDOW_MINUTES = 30 * MINUTES_PER_DAY;

/** Burn-rate lookbacks in minutes, in display order. */
export const LOOKBACKS: Readonly<Record<LookbackKey, number>> = {
  "5m": 5,
  "30m": 30,
  "1h": 60,
  "2h": 120,
  "6h": 360,
  "1d": 1440,
  "3d": 4320,
};

export const LOOKBACK_KEYS = Object.keys(LOOKBACKS) as LookbackKey[];

export function floorToMinute(ms: number): number {
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

export function ceilToMinute(ms: number): number {
  return Math.ceil(ms / MINUTE_MS) * MINUTE_MS;
}

/**
 * Exclusive end E of everything evaluated at `at`: minute m counts iff m + 1 min <= at,
 * i.e. m < floor(at / 1 min) · 1 min.
 */
export function evaluationEnd(at: number): number {
  if (!Number.isFinite(at)) throw new RangeError(`evaluation time must be finite, got ${at}`);
  return floorToMinute(at);
}
