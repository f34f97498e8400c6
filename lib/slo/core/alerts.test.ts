import { describe, expect, it } from "vitest";
import {
  defaultAlertConditions,
  evaluateAlertCondition,
  REFERENCE_ALERT_CONDITIONS,
  scaleWindowMinutes,
} from "./alerts";
import { countsFromBuckets } from "./counts";
import { parseTarget } from "./target";
import type { AlertCondition, Counts, CountsProvider, MinuteBucket } from "./types";

const MIN = 60_000;
const E = Date.parse("2024-06-10T00:00:00Z");
const t999 = parseTarget("99.9");
const TOTAL = 1_000_000;

/**
 * Synthetic provider: a lookback of L minutes ending at E has TOTAL events of which
 * burn[L] · 0.001 · TOTAL are bad, so its burn rate is exactly burn[L] at 99.9 %.
 */
function burnProvider(burn: Record<number, number>, total = TOTAL): CountsProvider {
  return (start, end): Counts => {
    expect(end).toBe(E);
    const bad = ((burn[(end - start) / MIN] ?? 0) * total) / 1000;
    return { good: total - bad, total, goodMinutes: 0, badMinutes: 0, dataMinutes: 0 };
  };
}

function firingIds(burn: Record<number, number>): string[] {
  const p = burnProvider(burn);
  return REFERENCE_ALERT_CONDITIONS.filter(
    (c) => evaluateAlertCondition(t999, "occurrences", p, E, c).value.firing,
  ).map((c) => c.id);
}

describe("default conditions (30-day window)", () => {
  it("are the SRE Workbook table", () => {
    expect(defaultAlertConditions(43200)).toEqual([
      { id: "page-fast", severity: "page", factor: 14.4, longWindowMinutes: 60, shortWindowMinutes: 5 },
      { id: "page-slow", severity: "page", factor: 6, longWindowMinutes: 360, shortWindowMinutes: 30 },
      { id: "ticket-fast", severity: "ticket", factor: 3, longWindowMinutes: 1440, shortWindowMinutes: 120 },
      { id: "ticket-slow", severity: "ticket", factor: 1, longWindowMinutes: 4320, shortWindowMinutes: 360 },
    ]);
  });

  it("page 14.4× over 1h and 5m", () => {
    expect(firingIds({ 60: 14.5, 5: 15 })).toEqual(["page-fast"]);
    expect(firingIds({ 60: 14.4, 5: 100 })).toEqual([]); // strictly greater
    const c = REFERENCE_ALERT_CONDITIONS[0] as AlertCondition;
    expect(
      evaluateAlertCondition(t999, "occurrences", burnProvider({ 60: 14.4, 5: 100 }), E, c).value.longBurnRate,
    ).toBe(14.4);
    expect(firingIds({ 60: 20, 5: 14.4 })).toEqual([]);
    expect(firingIds({ 60: 0, 5: 1000 })).toEqual([]);
  });

  it("page 6× over 6h and 30m", () => {
    expect(firingIds({ 360: 6.1, 30: 6.1 })).toEqual(["page-slow"]);
    expect(firingIds({ 360: 6, 30: 50 })).toEqual([]);
    expect(firingIds({ 360: 50, 30: 6 })).toEqual([]);
  });

  it("ticket 3× over 1d and 2h", () => {
    expect(firingIds({ 1440: 3.01, 120: 3.01 })).toEqual(["ticket-fast"]);
    expect(firingIds({ 1440: 3, 120: 10 })).toEqual([]);
    expect(firingIds({ 1440: 10, 120: 2.9 })).toEqual([]);
  });

  it("ticket 1× over 3d and 6h", () => {
    expect(firingIds({ 4320: 1.01, 360: 1.01 })).toEqual(["ticket-slow"]);
    expect(firingIds({ 4320: 1, 360: 5 })).toEqual([]);
    expect(firingIds({ 4320: 5, 360: 1 })).toEqual([]);
  });

  it("a sustained 20× burn fires every condition", () => {
    expect(firingIds({ 5: 20, 30: 20, 60: 20, 120: 20, 360: 20, 1440: 20, 4320: 20 })).toEqual([
      "page-fast",
      "page-slow",
      "ticket-fast",
      "ticket-slow",
    ]);
  });

  it("reports both burn rates and the long-window events", () => {
    const c = REFERENCE_ALERT_CONDITIONS[0] as AlertCondition;
    const r = evaluateAlertCondition(t999, "occurrences", burnProvider({ 60: 14.5, 5: 15 }), E, c).value;
    expect(r).toEqual({
      ...c,
      longBurnRate: 14.5,
      shortBurnRate: 15,
      longWindowEvents: TOTAL,
      minEvents: null,
      wouldFire: true,
      firing: true,
      status: "firing",
      reason: null,
    });
  });
});

describe("window scaling (Pyrra-style, factors unchanged)", () => {
  const windows = (days: number) =>
    defaultAlertConditions(days * 1440).map((c) => [c.factor, c.longWindowMinutes, c.shortWindowMinutes]);

  it("7 days: × 7/30, rounded to whole minutes, at least 1", () => {
    // 60·7/30 = 14, 5·7/30 = 1.17 → 1, 360 → 84, 30 → 7, 1440 → 336, 120 → 28, 4320 → 1008
    expect(windows(7)).toEqual([
      [14.4, 14, 1],
      [6, 84, 7],
      [3, 336, 28],
      [1, 1008, 84],
    ]);
  });

  it("28 days: × 28/30", () => {
    // 5·28/30 = 4.67 → 5
    expect(windows(28)).toEqual([
      [14.4, 56, 5],
      [6, 336, 28],
      [3, 1344, 112],
      [1, 4032, 336],
    ]);
  });

  it("30 days: unchanged", () => {
    expect(windows(30)).toEqual([
      [14.4, 60, 5],
      [6, 360, 30],
      [3, 1440, 120],
      [1, 4320, 360],
    ]);
  });

  it("never scales below one minute", () => {
    expect(scaleWindowMinutes(5, 1440)).toBe(1);
    expect(scaleWindowMinutes(60, 1440)).toBe(2);
  });
});

describe("minEvents suppression", () => {
  const c = REFERENCE_ALERT_CONDITIONS[0] as AlertCondition;

  it("suppresses when long-window events < minEvents, even when burning", () => {
    const r = evaluateAlertCondition(t999, "occurrences", burnProvider({ 60: 100, 5: 100 }, 1000), E, c, 1001).value;
    expect(r.firing).toBe(false);
    expect(r.wouldFire).toBe(true);
    expect(r.status).toBe("suppressed");
    expect(r.reason).toMatch(/^suppressed: low traffic/);
    expect(r.longWindowEvents).toBe(1000);
    expect(r.minEvents).toBe(1001);
  });

  it("fires when events == minEvents", () => {
    const r = evaluateAlertCondition(t999, "occurrences", burnProvider({ 60: 100, 5: 100 }, 1000), E, c, 1000).value;
    expect(r.firing).toBe(true);
    expect(r.status).toBe("firing");
  });

  it("timeslices count data minutes in the long window as events", () => {
    // 60 minutes of data in the last hour, 2 of them bad (inside the last 5 minutes).
    const data: MinuteBucket[] = [];
    for (let i = 1; i <= 60; i++) data.push({ minute: E - i * MIN, good: i <= 2 ? 0 : 10, total: 10 });
    const p = countsFromBuckets(data, "timeslices", 0.99);
    const low = evaluateAlertCondition(t999, "timeslices", p, E, c, 61).value;
    expect(low.status).toBe("suppressed");
    expect(low.longWindowEvents).toBe(60);
    const ok = evaluateAlertCondition(t999, "timeslices", p, E, c, 60).value;
    // 1h: (2/60)/0.001 = 33.3; 5m: (2/5)/0.001 = 400
    expect(ok.longBurnRate).toBeCloseTo(100 / 3, 10);
    expect(ok.shortBurnRate).toBe(400);
    expect(ok.status).toBe("firing");
  });
});

describe("no data and target 100 %", () => {
  const c = REFERENCE_ALERT_CONDITIONS[0] as AlertCondition;

  it("no data in a window → not firing, status no-data", () => {
    const r = evaluateAlertCondition(t999, "occurrences", countsFromBuckets([], "occurrences"), E, c).value;
    expect(r).toMatchObject({ firing: false, status: "no-data", longBurnRate: null, shortBurnRate: null });
  });

  it("target 100 % → burn undefined, status zero-budget", () => {
    const p = countsFromBuckets([{ minute: E - MIN, good: 0, total: 10 }], "occurrences");
    const r = evaluateAlertCondition(parseTarget("100"), "occurrences", p, E, c).value;
    expect(r).toMatchObject({ firing: false, status: "zero-budget", longBurnRate: null, shortBurnRate: null });
  });

  it("rejects malformed conditions", () => {
    const p = countsFromBuckets([], "occurrences");
    expect(() => evaluateAlertCondition(t999, "occurrences", p, E, { ...c, longWindowMinutes: 0 })).toThrow(RangeError);
    expect(() => evaluateAlertCondition(t999, "occurrences", p, E, { ...c, shortWindowMinutes: 2.5 })).toThrow(
      RangeError,
    );
  });
});
