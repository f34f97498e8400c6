import type { Target } from "./types";

// 10^9 · 100 stays far below 2^53, so every scaled value is an exact integer.
const MAX_DECIMALS = 9;
const TARGET_RE = /^(\d{1,3})(?:\.(\d+))?$/;

/**
 * Parses a decimal percentage string ("99.9", "99.95", "100") into exact integer parts.
 * With d decimals: T = round-free integer target·10^d, D = 100·10^d, and
 * errorBudgetRatio = (D − T) / D — a single correctly rounded division, so "99.9"
 * yields exactly the double nearest to 0.001 (not 1 − 0.999 = 0.0010000000000000009).
 */
export function parseTarget(percent: string): Target {
  const m = TARGET_RE.exec(percent.trim());
  if (!m) throw new RangeError(`target must be a decimal percentage like "99.9", got "${percent}"`);
  const intPart = m[1] ?? "0";
  const fracPart = m[2] ?? "";
  if (fracPart.length > MAX_DECIMALS) {
    throw new RangeError(`target supports at most ${MAX_DECIMALS} decimals, got "${percent}"`);
  }
  const scale = 10 ** fracPart.length;
  const scaled = Number(intPart) * scale + (fracPart === "" ? 0 : Number(fracPart));
  const denominator = 100 * scale;
  if (scaled <= 0 || scaled > denominator) {
    throw new RangeError(`target must be > 0 and <= 100, got "${percent}"`);
  }
  const badNumerator = denominator - scaled;
  return {
    percent: percent.trim(),
    ratio: scaled / denominator,
    errorBudgetRatio: badNumerator / denominator,
    badNumerator,
    denominator,
  };
}

/** errorBudgetRatio · x, computed as (badNumerator · x) / denominator to keep one rounding. */
export function allowedBad(target: Target, x: number): number {
  return (target.badNumerator * x) / target.denominator;
}
