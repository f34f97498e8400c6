import { describe, expect, it } from "vitest";
import { budgetBurndown, burndownTimes } from "./burndown";
import { countsFromBuckets } from "./counts";
import { computeSloStatus } from "./status";
import { parseTarget } from "./target";
import type { MinuteBucket, SloDefinition } from "./types";
import { resolveWindow } from "./window";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("budgetBurndown over a rolling window", () => {
  // 7 rolling days ending at E; 100 events a minute; 300 bad events on day 1, 100 on day 6.
  const E = Date.parse("2026-11-22T00:00:00Z");
  const slo: SloDefinition = { target: "99", method: "occurrences", window: { kind: "rolling", days: 7 } };
  const window = resolveWindow(slo.window, E);
  const buckets: MinuteBucket[] = [];
  for (let m = window.start; m < E; m += MIN) buckets.push({ minute: m, good: 100, total: 100 });
  const spoil = (at: number, bad: number) => Object.assign(buckets[(at - window.start) / MIN]!, { good: 100 - bad });
  for (let i = 0; i < 3; i++) spoil(window.start + 2 * HOUR + i * MIN, 100);
  spoil(window.start + 5 * DAY + 7 * MIN, 100);
  const provider = countsFromBuckets(buckets, "occurrences");
  const { points, explain } = budgetBurndown(parseTarget(slo.target), slo.method, window, provider);
  const at = (t: number) =>
    budgetBurndown(parseTarget(slo.target), slo.method, window, provider, [t]).points[0]?.remainingRatio;
  // The whole window's budget: 1 % of 7 × 1440 × 100 events.
  const budgetTotal = 10_080;

  it("is 1 − consumed[window start, t) / the whole window's budget at every point", () => {
    expect(at(window.start)).toBe(1);
    expect(at(window.start + 2 * HOUR)).toBe(1);
    expect(at(window.start + 3 * HOUR)).toBeCloseTo(1 - 300 / budgetTotal, 12);
    expect(at(window.start + 5 * DAY + 3 * HOUR)).toBeCloseTo(1 - 400 / budgetTotal, 12);
    expect(explain.inputs).toMatchObject({ windowStart: window.start, windowEnd: E, budgetTotal });
  });

  it("never rises and ends at the status's remaining ratio", () => {
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.remainingRatio).toBeLessThanOrEqual(points[i - 1]!.remainingRatio);
    expect(points.at(-1)).toEqual({
      t: E,
      remainingRatio: computeSloStatus(slo, E, provider).errorBudget.remainingRatio,
    });
  });

  it("does not re-evaluate earlier rolling windows (which would see only part of this window's data)", () => {
    // Evaluating the SLO at window.start + 3h would budget only 3 hours of events: 300 bad of 18,000
    // is far past that budget, while 300 of this window's 100,800-event budget is under 30 %.
    const earlier = computeSloStatus(slo, window.start + 3 * HOUR, provider).errorBudget.remainingRatio;
    expect(earlier).toBeLessThan(0);
    expect(at(window.start + 3 * HOUR)).toBeGreaterThan(0.7);
  });
});

describe("budgetBurndown edge cases", () => {
  it("timeslices budget the whole calendar period's minutes, and a zero budget is 1 until spent, then 0", () => {
    const E = Date.parse("2024-02-10T00:00:00Z");
    const window = resolveWindow({ kind: "calendar-month" }, E);
    const buckets = [{ minute: window.start + DAY, good: 0, total: 10 }];
    const slices = budgetBurndown(
      parseTarget("99"),
      "timeslices",
      window,
      countsFromBuckets(buckets, "timeslices", 0.9),
    );
    expect(slices.explain.inputs.budgetTotal).toBeCloseTo(0.01 * 29 * 1440, 9);
    expect(slices.points.at(-1)?.remainingRatio).toBeCloseTo(1 - 1 / (0.01 * 29 * 1440), 12);
    const zero = budgetBurndown(parseTarget("100"), "occurrences", window, countsFromBuckets(buckets, "occurrences"));
    expect(zero.points.filter((p) => p.t <= window.start + DAY).every((p) => p.remainingRatio === 1)).toBe(true);
    expect(zero.points.filter((p) => p.t > window.start + DAY).every((p) => p.remainingRatio === 0)).toBe(true);
  });

  it("samples at most 60 hour-aligned steps from the window start to E", () => {
    const E = Date.parse("2026-11-22T10:17:00Z");
    const times = burndownTimes(resolveWindow({ kind: "rolling", days: 30 }, E));
    expect(times[0]).toBe(E - 30 * DAY);
    expect(times.at(-1)).toBe(E);
    expect(times.length).toBeLessThanOrEqual(61);
    expect((times[1]! - times[0]!) % HOUR).toBe(0);
    expect(burndownTimes(resolveWindow({ kind: "calendar-week" }, Date.parse("2026-11-23T00:01:00Z")))).toEqual([
      Date.parse("2026-11-23T00:00:00Z"),
      Date.parse("2026-11-23T00:01:00Z"),
    ]);
  });
});
