import type { Counts, CountsProvider, MinuteBucket, SloMethod } from "./types";
import { MINUTE_MS } from "@/lib/time/units";

export function emptyCounts(): Counts {
  return { good: 0, total: 0, goodMinutes: 0, badMinutes: 0, dataMinutes: 0 };
}

export function assertThreshold(threshold: number | undefined): asserts threshold is number {
  if (threshold === undefined || !Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new RangeError(`timeslice threshold must be in (0, 1], got ${threshold}`);
  }
}

/**
 * Timeslice classification of one minute. Uses good/total >= threshold (a division, not
 * good >= threshold·total) so 99/100 vs 0.99 compares equal exactly like the decimal does.
 */
export function classifyMinute(good: number, total: number, threshold: number): "good" | "bad" | "no-data" {
  if (total <= 0) return "no-data";
  return good / total >= threshold ? "good" : "bad";
}

function assertBucket(b: MinuteBucket): void {
  const ok =
    Number.isFinite(b.minute) &&
    b.minute % MINUTE_MS === 0 &&
    Number.isFinite(b.good) &&
    Number.isFinite(b.total) &&
    b.good >= 0 &&
    b.good <= b.total;
  if (!ok) throw new RangeError(`invalid bucket ${JSON.stringify(b)}: need aligned minute and 0 <= good <= total`);
}

/** Index of the first element of sorted `xs` that is >= x. */
function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * In-memory provider over raw buckets: sorts once, merges duplicate minutes by summing,
 * and answers each [startMs, endMs) query with two binary searches over prefix sums.
 * For occurrences goodMinutes/badMinutes are 0 (no threshold applies).
 */
export function countsFromBuckets(
  buckets: readonly MinuteBucket[],
  method: SloMethod,
  threshold?: number,
): CountsProvider {
  if (method === "timeslices") assertThreshold(threshold);
  for (const b of buckets) assertBucket(b);
  const sorted = [...buckets].sort((a, b) => a.minute - b.minute);

  // Merge duplicates first so a minute is classified on its combined good/total.
  const merged: MinuteBucket[] = [];
  for (const b of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.minute === b.minute) {
      last.good += b.good;
      last.total += b.total;
    } else merged.push({ minute: b.minute, good: b.good, total: b.total });
  }

  const n = merged.length;
  const minutes = new Float64Array(n);
  // Prefix arrays have n + 1 entries: p[i] = sum over the first i buckets.
  const good = new Float64Array(n + 1);
  const total = new Float64Array(n + 1);
  const goodMin = new Float64Array(n + 1);
  const badMin = new Float64Array(n + 1);
  const dataMin = new Float64Array(n + 1);
  merged.forEach((b, i) => {
    minutes[i] = b.minute;
    const cls = method === "timeslices" && threshold !== undefined ? classifyMinute(b.good, b.total, threshold) : null;
    good[i + 1] = (good[i] ?? 0) + b.good;
    total[i + 1] = (total[i] ?? 0) + b.total;
    goodMin[i + 1] = (goodMin[i] ?? 0) + (cls === "good" ? 1 : 0);
    badMin[i + 1] = (badMin[i] ?? 0) + (cls === "bad" ? 1 : 0);
    dataMin[i + 1] = (dataMin[i] ?? 0) + (b.total > 0 ? 1 : 0);
  });

  const diff = (p: Float64Array, lo: number, hi: number) => (p[hi] ?? 0) - (p[lo] ?? 0);
  return (startMs, endMs) => {
    if (!(endMs > startMs)) return emptyCounts();
    const lo = lowerBound(minutes, startMs);
    const hi = lowerBound(minutes, endMs);
    return {
      good: diff(good, lo, hi),
      total: diff(total, lo, hi),
      goodMinutes: diff(goodMin, lo, hi),
      badMinutes: diff(badMin, lo, hi),
      dataMinutes: diff(dataMin, lo, hi),
    };
  };
}

/** Caches provider answers per [start, end) so repeated windows are fetched once. */
export function memoizeCounts(countsFor: CountsProvider): CountsProvider {
  const cache = new Map<string, Counts>();
  return (startMs, endMs) => {
    const key = `${startMs}:${endMs}`;
    let c = cache.get(key);
    if (!c) {
      c = countsFor(startMs, endMs);
      cache.set(key, c);
    }
    return c;
  };
}
