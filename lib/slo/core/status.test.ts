import { describe, expect, it } from "vitest";
import { countsFromBuckets } from "./counts";
import { computeSloStatus } from "./status";
import type { CountsProvider, MinuteBucket, SloDefinition, SloStatus } from "./types";

const MIN = 60_000;
const DAY = 1440 * MIN;

/** Fails on any NaN/±Infinity anywhere in the status (JSON would silently turn them into null). */
function expectJsonSafe(s: SloStatus): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "number") expect(Number.isFinite(v), path).toBe(true);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(s, "status");
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
}

function recording(p: CountsProvider): { provider: CountsProvider; calls: Array<[number, number]> } {
  const calls: Array<[number, number]> = [];
  return {
    calls,
    provider: (s, e) => {
      calls.push([s, e]);
      return p(s, e);
    },
  };
}

describe("computeSloStatus: occurrences, rolling 30 days, spike in the last 5 minutes", () => {
  const E = Date.parse("2024-06-30T00:00:00Z");
  const at = E + 30_123; // mid-minute: the minute starting at E is still in progress
  const slo: SloDefinition = { target: "99.9", method: "occurrences", window: { kind: "rolling", days: 30 } };
  const data: MinuteBucket[] = [
    { minute: E - 30 * DAY, good: 100, total: 100 }, // exactly at window start: counts
    { minute: E - 30 * DAY - MIN, good: 0, total: 1000 }, // before the window
    { minute: E, good: 0, total: 1000 }, // in progress at `at`: never counts
  ];
  for (let i = 1; i <= 5; i++) data.push({ minute: E - i * MIN, good: 80, total: 100 }); // 100 bad
  for (let i = 6; i <= 60; i++) data.push({ minute: E - i * MIN, good: 100, total: 100 });
  const rec = recording(countsFromBuckets(data, "occurrences"));
  const s = computeSloStatus(slo, at, rec.provider);

  it("window and attainment include the start minute and exclude E", () => {
    expect(s.window).toEqual({
      kind: "rolling",
      start: E - 30 * DAY,
      end: E,
      lengthMinutes: 43200,
      elapsedMinutes: 43200,
      periodEnd: E,
      timeZone: "UTC",
    });
    // events: 100 + 5·100 + 55·100 = 6100; good: 100 + 5·80 + 5500 = 6000
    expect(s.attainment).toBe(6000 / 6100);
    expect(s.evaluatedAt).toBe(at);
    expect(s.target).toEqual({ percent: "99.9", ratio: 0.999, errorBudgetRatio: 0.001 });
  });

  it("error budget: 0.1 % of 6100 events = 6.1, 100 consumed", () => {
    expect(s.errorBudget.total).toBe(6.1);
    expect(s.errorBudget.consumed).toBe(100);
    expect(s.errorBudget.remaining).toBeCloseTo(-93.9, 12);
    expect(s.errorBudget.remainingRatio).toBeCloseTo(-93.9 / 6.1, 12);
  });

  it("burn rates over each lookback", () => {
    expect(s.burnRates["5m"]).toBe(200); // (100/500)/0.001
    expect(s.burnRates["30m"]).toBeCloseTo(100 / 3, 12); // (100/3000)/0.001
    for (const k of ["1h", "2h", "6h", "1d", "3d"] as const) expect(s.burnRates[k]).toBeCloseTo(50 / 3, 12); // (100/6000)/0.001
  });

  it("budget already gone → time to exhaustion 0; every default condition fires", () => {
    expect(s.timeToExhaustionMinutes).toBe(0);
    expect(s.alerts.map((a) => [a.id, a.status])).toEqual([
      ["page-fast", "firing"],
      ["page-slow", "firing"],
      ["ticket-fast", "firing"],
      ["ticket-slow", "firing"],
    ]);
  });

  it("data coverage: 61 data minutes of 43200", () => {
    expect(s.dataCoverage).toEqual({
      ratio: 61 / 43200,
      dataMinutes: 61,
      missingMinutes: 43139,
      elapsedMinutes: 43200,
    });
  });

  it("explain carries formulas and inputs", () => {
    expect(s.explain.attainment).toEqual({
      formula: "good / total",
      inputs: { good: 6000, total: 6100, windowStart: E - 30 * DAY, windowEnd: E },
      value: 6000 / 6100,
    });
    expect(s.explain.burnRates["5m"].inputs).toMatchObject({
      good: 400,
      total: 500,
      bad: 100,
      start: E - 5 * MIN,
      end: E,
    });
    expect(s.explain.errorBudget.inputs).toMatchObject({ goodEvents: 6000, totalEvents: 6100, budgetTotal: 6.1 });
    expect(s.explain.window.inputs).toMatchObject({ at, start: E - 30 * DAY, end: E, days: 30 });
    expect(s.explain.alerts["page-fast"]?.inputs).toMatchObject({ longBurnRate: 50 / 3, shortBurnRate: 200 });
    // Each alert row explains both windows: their counts, edges and data coverage.
    expect(s.explain.alerts["page-fast"]?.inputs).toMatchObject({
      longGood: 5900,
      longTotal: 6000,
      longStart: E - 60 * MIN,
      longDataCoverage: 1,
      shortGood: 400,
      shortTotal: 500,
      shortStart: E - 5 * MIN,
      end: E,
      target: "99.9",
    });
    expect(s.explain.burnRates["3d"].inputs).toMatchObject({
      dataMinutes: 60,
      dataCoverage: 60 / 4320,
      lookbackMinutes: 4320,
    });
  });

  it("asks the provider only minute-aligned, de-duplicated ranges", () => {
    expect(rec.calls.every(([a, b]) => a % MIN === 0 && b % MIN === 0)).toBe(true);
    // 1 window + 7 lookbacks; the 30-day default alert windows coincide with lookbacks.
    expect(rec.calls).toHaveLength(8);
  });

  it("is JSON-safe and independent of the seconds within the minute", () => {
    expectJsonSafe(s);
    const aligned = computeSloStatus(slo, E, countsFromBuckets(data, "occurrences"));
    const late = computeSloStatus(slo, E + 59_999, countsFromBuckets(data, "occurrences"));
    expect({ ...aligned, evaluatedAt: 0, explain: null }).toEqual({ ...s, evaluatedAt: 0, explain: null });
    expect({ ...late, evaluatedAt: 0, explain: null }).toEqual({ ...s, evaluatedAt: 0, explain: null });
  });
});

describe("computeSloStatus: occurrences with budget left", () => {
  const E = Date.parse("2024-06-30T00:00:00Z");
  const slo: SloDefinition = { target: "99.9", method: "occurrences", window: { kind: "rolling", days: 30 } };
  const data: MinuteBucket[] = [{ minute: E - 10 * DAY, good: 1_000_000, total: 1_000_000 }];
  for (let i = 1; i <= 60; i++) data.push({ minute: E - i * MIN, good: 998, total: 1000 }); // 120 bad in the last hour
  const s = computeSloStatus(slo, E, countsFromBuckets(data, "occurrences"));

  it("budget 1060 (0.1 % of 1 060 000), 120 consumed", () => {
    expect(s.errorBudget.total).toBe(1060);
    expect(s.errorBudget).toEqual({ total: 1060, consumed: 120, remaining: 940, remainingRatio: 940 / 1060 });
  });

  it("1h burn 2 → time to exhaustion = (940/1060) × 43200 / 2", () => {
    expect(s.burnRates["1h"]).toBe(2);
    expect(s.timeToExhaustionMinutes).toBeCloseTo((940 * 43200) / (1060 * 2), 9); // ≈ 19154.7 min
    expect(s.explain.timeToExhaustion.inputs).toEqual({
      remainingRatio: 940 / 1060,
      windowLengthMinutes: 43200,
      burnRate1h: 2,
    });
  });

  it("only the 3d/6h ticket fires at a sustained burn of 2", () => {
    expect(s.burnRates["3d"]).toBe(2);
    expect(s.burnRates["6h"]).toBe(2);
    expect(s.alerts.filter((a) => a.firing).map((a) => a.id)).toEqual(["ticket-slow"]);
  });

  it("minEvents above the long-window traffic suppresses it", () => {
    const suppressed = computeSloStatus({ ...slo, minEvents: 60_001 }, E, countsFromBuckets(data, "occurrences"));
    const t = suppressed.alerts.find((a) => a.id === "ticket-slow");
    expect(t).toMatchObject({ status: "suppressed", firing: false, wouldFire: true, longWindowEvents: 60_000 });
    expect(t?.reason).toMatch(/suppressed: low traffic/);
  });
});

describe("computeSloStatus: timeslices, calendar month (UTC, February 2024)", () => {
  const at = Date.parse("2024-02-10T00:00:30Z");
  const E = Date.parse("2024-02-10T00:00:00Z");
  const feb1 = Date.parse("2024-02-01T00:00:00Z");
  const slo: SloDefinition = {
    target: "99.9",
    method: "timeslices",
    timesliceThreshold: 0.99,
    window: { kind: "calendar-month" },
  };
  const data: MinuteBucket[] = [
    { minute: feb1, good: 99, total: 100 }, // good: 0.99 >= 0.99, first minute of the window
    { minute: feb1 - MIN, good: 0, total: 100 }, // January
    { minute: E - 1 * MIN, good: 50, total: 100 }, // bad
    { minute: E - 2 * MIN, good: 0, total: 0 }, // no data
    { minute: E - 3 * MIN, good: 98, total: 100 }, // bad
    { minute: E - 10 * MIN, good: 100, total: 100 }, // good
    { minute: E, good: 0, total: 100 }, // in progress
  ];
  const s = computeSloStatus(slo, at, countsFromBuckets(data, "timeslices", 0.99));

  it("window is [Feb 1, E) of a 29-day month", () => {
    expect(s.window).toMatchObject({
      kind: "calendar-month",
      start: feb1,
      end: E,
      lengthMinutes: 41760,
      elapsedMinutes: 12960,
    });
  });

  it("attainment = good minutes / data minutes = 2/4", () => {
    expect(s.attainment).toBe(0.5);
  });

  it("budget = 0.1 % of 41760 whole-month minutes = 41.76; 2 bad minutes", () => {
    expect(s.errorBudget.total).toBe(41.76);
    expect(s.errorBudget.consumed).toBe(2);
    expect(s.errorBudget.remaining).toBeCloseTo(39.76, 12);
    expect(s.errorBudget.remainingRatio).toBeCloseTo(39.76 / 41.76, 12);
  });

  it("burn: 5m = (2/2)/0.001, longer lookbacks = (2/3)/0.001", () => {
    expect(s.burnRates["5m"]).toBe(1000);
    for (const k of ["30m", "1h", "2h", "6h", "1d", "3d"] as const) expect(s.burnRates[k]).toBeCloseTo(2000 / 3, 10);
  });

  it("time to exhaustion = ratio × 41760 / (2000/3) ≈ 59.64 min", () => {
    expect(s.timeToExhaustionMinutes).toBeCloseTo(59.64, 9);
  });

  it("coverage 4 of 12960 minutes", () => {
    expect(s.dataCoverage).toEqual({ ratio: 4 / 12960, dataMinutes: 4, missingMinutes: 12956, elapsedMinutes: 12960 });
  });

  it("alert windows scale by 41760/43200 and all fire", () => {
    expect(s.alerts.map((a) => [a.id, a.longWindowMinutes, a.shortWindowMinutes, a.firing])).toEqual([
      ["page-fast", 58, 5, true],
      ["page-slow", 348, 29, true],
      ["ticket-fast", 1392, 116, true],
      ["ticket-slow", 4176, 348, true],
    ]);
    expectJsonSafe(s);
  });
});

describe("computeSloStatus: other windows and edge cases", () => {
  it("New York March (31 days − 1 h) gives a 44.58-minute timeslice budget", () => {
    const s = computeSloStatus(
      {
        target: "99.9",
        method: "timeslices",
        timesliceThreshold: 0.99,
        window: { kind: "calendar-month" },
        timeZone: "America/New_York",
      },
      Date.parse("2024-03-20T12:00:00Z"),
      countsFromBuckets([], "timeslices", 0.99),
    );
    expect(s.window.lengthMinutes).toBe(44580);
    expect(s.errorBudget.total).toBe(44.58);
  });

  it("no data at all: nulls with reasons, full budget, zero coverage, 28-day scaled alerts", () => {
    const s = computeSloStatus(
      { target: "99.5", method: "occurrences", window: { kind: "rolling", days: 28 } },
      Date.parse("2024-06-30T00:00:00Z"),
      countsFromBuckets([], "occurrences"),
    );
    expect(s.attainment).toBeNull();
    expect(s.explain.attainment.nullReason).toBe("no-data");
    expect(s.errorBudget).toEqual({ total: 0, consumed: 0, remaining: 0, remainingRatio: 1 });
    expect(Object.values(s.burnRates)).toEqual([null, null, null, null, null, null, null]);
    expect(s.timeToExhaustionMinutes).toBeNull();
    expect(s.explain.timeToExhaustion.nullReason).toBe("no-data");
    expect(s.dataCoverage).toEqual({ ratio: 0, dataMinutes: 0, missingMinutes: 40320, elapsedMinutes: 40320 });
    expect(s.alerts.map((a) => [a.longWindowMinutes, a.shortWindowMinutes, a.status])).toEqual([
      [56, 5, "no-data"],
      [336, 28, "no-data"],
      [1344, 112, "no-data"],
      [4032, 336, "no-data"],
    ]);
    expectJsonSafe(s);
  });

  it("target 100 %: zero budget, null burn rates flagged zero-budget, no alert fires", () => {
    const E = Date.parse("2024-06-30T00:00:00Z");
    const s = computeSloStatus(
      { target: "100", method: "occurrences", window: { kind: "rolling", days: 7 } },
      E,
      countsFromBuckets([{ minute: E - MIN, good: 9, total: 10 }], "occurrences"),
    );
    expect(s.target.errorBudgetRatio).toBe(0);
    expect(s.attainment).toBe(0.9);
    expect(s.errorBudget).toEqual({ total: 0, consumed: 1, remaining: -1, remainingRatio: 0 });
    expect(s.burnRates["5m"]).toBeNull();
    expect(s.explain.burnRates["5m"].nullReason).toBe("zero-budget");
    expect(s.timeToExhaustionMinutes).toBeNull();
    expect(s.explain.timeToExhaustion.nullReason).toBe("zero-budget");
    expect(s.alerts.every((a) => a.status === "zero-budget" && !a.firing)).toBe(true);
    // 7-day window: default alert windows scaled by 7/30.
    expect(s.alerts.map((a) => [a.longWindowMinutes, a.shortWindowMinutes])).toEqual([
      [14, 1],
      [84, 7],
      [336, 28],
      [1008, 84],
    ]);
    expectJsonSafe(s);
  });

  it("custom alert conditions are evaluated as given (not scaled)", () => {
    const E = Date.parse("2024-06-30T00:00:00Z");
    const data: MinuteBucket[] = [];
    for (let i = 1; i <= 10; i++) data.push({ minute: E - i * MIN, good: 97, total: 100 });
    const s = computeSloStatus(
      {
        target: "99",
        method: "occurrences",
        window: { kind: "rolling", days: 7 },
        alertConditions: [
          { id: "custom", severity: "ticket", factor: 2.5, longWindowMinutes: 10, shortWindowMinutes: 2 },
        ],
      },
      E,
      countsFromBuckets(data, "occurrences"),
    );
    // (3/100)/0.01 = 3 over both windows
    expect(s.alerts).toEqual([
      expect.objectContaining({
        id: "custom",
        longWindowMinutes: 10,
        shortWindowMinutes: 2,
        longBurnRate: 3,
        shortBurnRate: 3,
        firing: true,
      }),
    ]);
  });

  it("rejects duplicate alert ids and timeslices without a threshold", () => {
    const c = { id: "x", severity: "page" as const, factor: 1, longWindowMinutes: 10, shortWindowMinutes: 5 };
    const p = countsFromBuckets([], "occurrences");
    expect(() =>
      computeSloStatus(
        { target: "99", method: "occurrences", window: { kind: "rolling", days: 7 }, alertConditions: [c, c] },
        0,
        p,
      ),
    ).toThrow(RangeError);
    expect(() =>
      computeSloStatus({ target: "99", method: "timeslices", window: { kind: "rolling", days: 7 } }, 0, p),
    ).toThrow(RangeError);
  });
});
