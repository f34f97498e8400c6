import { describe, expect, it } from "vitest";
import { countsFromBuckets } from "./counts";
import {
  attainmentFromCounts,
  burnRateFromCounts,
  computeBurnRates,
  computeDataCoverage,
  errorBudgetFromCounts,
  remainingRatioOf,
  timeToExhaustionMinutes,
} from "./figures";
import { parseTarget } from "./target";
import type { Counts, MinuteBucket } from "./types";
import { resolveWindow } from "./window";

const MIN = 60_000;
const t999 = parseTarget("99.9");
const t100 = parseTarget("100");
const counts = (c: Partial<Counts>): Counts => ({
  good: 0,
  total: 0,
  goodMinutes: 0,
  badMinutes: 0,
  dataMinutes: 0,
  ...c,
});

describe("attainment", () => {
  it("occurrences = good/total, timeslices = goodMinutes/dataMinutes, null without data", () => {
    expect(attainmentFromCounts("occurrences", counts({ good: 999, total: 1000 }))).toBe(0.999);
    expect(attainmentFromCounts("timeslices", counts({ goodMinutes: 3, badMinutes: 1, dataMinutes: 4 }))).toBe(0.75);
    expect(attainmentFromCounts("occurrences", counts({}))).toBeNull();
    // Buckets with total 0 give events 0 and no data minutes.
    expect(attainmentFromCounts("timeslices", counts({}))).toBeNull();
  });
});

describe("error budget", () => {
  it("occurrences: (1 − target) × events so far", () => {
    const b = errorBudgetFromCounts(t999, "occurrences", counts({ good: 9995, total: 10000 }), 43200);
    expect(b).toEqual({ total: 10, consumed: 5, remaining: 5, remainingRatio: 0.5 });
  });

  it("occurrences: overspending goes negative", () => {
    const b = errorBudgetFromCounts(t999, "occurrences", counts({ good: 9970, total: 10000 }), 43200);
    expect(b).toEqual({ total: 10, consumed: 30, remaining: -20, remainingRatio: -2 });
  });

  it("timeslices: (1 − target) × whole window minutes, consumed = bad minutes", () => {
    const b = errorBudgetFromCounts(
      t999,
      "timeslices",
      counts({ badMinutes: 10, goodMinutes: 90, dataMinutes: 100 }),
      43200,
    );
    expect(b.total).toBe(43.2);
    expect(b.consumed).toBe(10);
    expect(b.remaining).toBeCloseTo(33.2, 12);
    expect(b.remainingRatio).toBeCloseTo(33.2 / 43.2, 12);
  });

  it("timeslices budget differs by month length (28/29/30/31 days at 99.9 %)", () => {
    const none = counts({});
    expect(errorBudgetFromCounts(t999, "timeslices", none, 28 * 1440).total).toBe(40.32);
    expect(errorBudgetFromCounts(t999, "timeslices", none, 29 * 1440).total).toBe(41.76);
    expect(errorBudgetFromCounts(t999, "timeslices", none, 30 * 1440).total).toBe(43.2);
    expect(errorBudgetFromCounts(t999, "timeslices", none, 31 * 1440).total).toBe(44.64);
  });

  it("target 100 %: budget 0, ratio 1 while untouched and 0 once anything is bad", () => {
    expect(errorBudgetFromCounts(t100, "occurrences", counts({ good: 500, total: 500 }), 43200)).toEqual({
      total: 0,
      consumed: 0,
      remaining: 0,
      remainingRatio: 1,
    });
    expect(errorBudgetFromCounts(t100, "occurrences", counts({ good: 497, total: 500 }), 43200)).toEqual({
      total: 0,
      consumed: 3,
      remaining: -3,
      remainingRatio: 0,
    });
    expect(
      errorBudgetFromCounts(t100, "timeslices", counts({ badMinutes: 2, dataMinutes: 2 }), 43200).remainingRatio,
    ).toBe(0);
  });

  it("occurrences with no events yet: zero budget, nothing consumed, ratio 1", () => {
    expect(errorBudgetFromCounts(t999, "occurrences", counts({}), 43200)).toEqual({
      total: 0,
      consumed: 0,
      remaining: 0,
      remainingRatio: 1,
    });
    expect(remainingRatioOf(0, 0, 0)).toBe(1);
  });
});

describe("burn rate", () => {
  it("occurrences: (bad/total)/(1 − target)", () => {
    expect(burnRateFromCounts(t999, "occurrences", counts({ good: 998, total: 1000 }))).toEqual({ value: 2 });
    expect(burnRateFromCounts(t999, "occurrences", counts({ good: 1000, total: 1000 }))).toEqual({ value: 0 });
    expect(burnRateFromCounts(t999, "occurrences", counts({ good: 0, total: 1000 }))).toEqual({ value: 1000 });
    expect(burnRateFromCounts(parseTarget("99"), "occurrences", counts({ good: 97, total: 100 }))).toEqual({
      value: 3,
    });
  });

  it("timeslices: (badMinutes/dataMinutes)/(1 − target)", () => {
    expect(burnRateFromCounts(t999, "timeslices", counts({ badMinutes: 1, goodMinutes: 4, dataMinutes: 5 }))).toEqual({
      value: 200,
    });
  });

  it("is null with a reason when there is no data or the target is 100 %", () => {
    expect(burnRateFromCounts(t999, "occurrences", counts({}))).toEqual({ value: null, nullReason: "no-data" });
    expect(burnRateFromCounts(t999, "timeslices", counts({ total: 0 }))).toEqual({
      value: null,
      nullReason: "no-data",
    });
    expect(burnRateFromCounts(t100, "occurrences", counts({ good: 1, total: 2 }))).toEqual({
      value: null,
      nullReason: "zero-budget",
    });
  });

  it("uses lookbacks 5m … 3d ending at E", () => {
    const E = Date.parse("2024-06-10T00:00:00Z");
    const b = (minutesBeforeE: number, good: number, total: number): MinuteBucket => ({
      minute: E - minutesBeforeE * MIN,
      good,
      total,
    });
    const data = [
      b(1, 990, 1000), // 10 bad, inside every lookback
      b(5, 1000, 1000), // exactly at E − 5m: inside 5m
      b(6, 980, 1000), // 20 bad, first outside 5m
      b(60, 1000, 1000), // at E − 1h: inside 1h
      b(61, 0, 1000), // 1000 bad, outside 1h, inside 2h
      b(1440, 1000, 1000), // at E − 1d
      b(4320, 1000, 1000), // at E − 3d: inside 3d
      b(4321, 0, 1000), // outside every lookback
      b(0, 0, 1000), // the minute starting at E: never counted
    ];
    const { values } = computeBurnRates(t999, "occurrences", countsFromBuckets(data, "occurrences"), E);
    expect(values["5m"]).toBe((10 / 2000) * 1000); // 5
    expect(values["30m"]).toBe((30 * 1000) / 3000); // 10
    expect(values["1h"]).toBe((30 * 1000) / 4000); // 7.5
    expect(values["2h"]).toBe((1030 * 1000) / 5000); // 206
    expect(values["6h"]).toBe(206);
    expect(values["1d"]).toBe((1030 * 1000) / 6000);
    expect(values["3d"]).toBe((1030 * 1000) / 7000);
  });
});

describe("time to exhaustion", () => {
  it("remainingRatio × windowLength / B", () => {
    expect(timeToExhaustionMinutes(0.5, 43200, 2)).toEqual({ value: 10800 });
    // At burn 1 a full budget lasts exactly one window.
    expect(timeToExhaustionMinutes(1, 43200, 1)).toEqual({ value: 43200 });
    expect(timeToExhaustionMinutes(1, 10080, 14.4)).toEqual({ value: 700 });
  });

  it("null when burn is null or 0; 0 when the budget is gone", () => {
    expect(timeToExhaustionMinutes(0.5, 43200, null)).toEqual({ value: null, nullReason: "no-data" });
    expect(timeToExhaustionMinutes(0.5, 43200, 0)).toEqual({ value: null, nullReason: "zero-burn" });
    expect(timeToExhaustionMinutes(0, 43200, 3)).toEqual({ value: 0 });
    expect(timeToExhaustionMinutes(-2, 43200, 3)).toEqual({ value: 0 });
  });
});

describe("data coverage", () => {
  it("data minutes / elapsed minutes; total-0 buckets count as missing", () => {
    const at = Date.parse("2024-06-01T01:00:00Z"); // 60 minutes into June
    const w = resolveWindow({ kind: "calendar-month" }, at);
    const start = Date.parse("2024-06-01T00:00:00Z");
    const data: MinuteBucket[] = [
      { minute: start, good: 1, total: 1 },
      { minute: start + MIN, good: 0, total: 0 },
      { minute: start + 2 * MIN, good: 0, total: 5 },
      { minute: start - MIN, good: 1, total: 1 }, // May: outside
    ];
    const r = computeDataCoverage(w, countsFromBuckets(data, "occurrences"));
    expect(r.value).toEqual({ ratio: 2 / 60, dataMinutes: 2, missingMinutes: 58, elapsedMinutes: 60 });
    expect(r.explain.inputs).toMatchObject({ dataMinutes: 2, elapsedMinutes: 60, windowStart: start, windowEnd: at });
  });
});
