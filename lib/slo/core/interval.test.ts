import { describe, expect, it } from "vitest";
import { countsFromBuckets } from "./counts";
import { budgetConsumedBetween } from "./interval";
import type { MinuteBucket, SloDefinition } from "./types";

const MIN = 60_000;
const DAY = 1440 * MIN;
const E = Date.parse("2024-06-30T00:00:00Z");
const W0 = E - 30 * DAY;

describe("budgetConsumedBetween: occurrences, rolling 30 days at 99.9 %", () => {
  const slo: SloDefinition = { target: "99.9", method: "occurrences", window: { kind: "rolling", days: 30 } };
  const data: MinuteBucket[] = [
    { minute: W0 - MIN, good: 0, total: 1000 }, // before the window: never counted
    { minute: W0, good: 990, total: 1000 }, // 10 bad
    { minute: E - 10 * MIN, good: 980, total: 1000 }, // 20 bad
    { minute: E - 5 * MIN, good: 970, total: 1000 }, // 30 bad
  ];
  const p = countsFromBuckets(data, "occurrences");
  // Window events 3000 → budget 3 bad events.
  const share = (start: number, end: number | null) => budgetConsumedBetween(slo, E, p, start, end);

  it("divides bad events in [start, end) by the window budget", () => {
    const r = share(E - 10 * MIN, E - 5 * MIN);
    expect(r).toMatchObject({ start: E - 10 * MIN, end: E - 5 * MIN, consumed: 20, budgetTotal: 3 });
    expect(r.share).toBe(20 / 3);
  });

  it("selects buckets by minute start; unaligned edges round up", () => {
    // [E−10m+30s, E−5m+1ms) → minutes E−9m … E−5m → only the 30-bad minute.
    expect(share(E - 10 * MIN + 30_000, E - 5 * MIN + 1)).toMatchObject({
      start: E - 9 * MIN,
      end: E - 4 * MIN,
      consumed: 30,
      share: 10,
    });
  });

  it("clips to the window: an incident starting before the window only counts from its start", () => {
    const r = share(W0 - DAY, W0 + MIN);
    expect(r).toMatchObject({ start: W0, end: W0 + MIN, consumed: 10 });
    expect(r.share).toBe(10 / 3);
  });

  it("an ongoing incident (end null) runs to E", () => {
    expect(share(E - 6 * MIN, null)).toMatchObject({ start: E - 6 * MIN, end: E, consumed: 30, share: 10 });
  });

  it("an interval outside the window consumes nothing", () => {
    expect(share(W0 - 2 * DAY, W0 - DAY)).toMatchObject({ consumed: 0, share: 0 });
    expect(share(E + MIN, E + 2 * MIN)).toMatchObject({ consumed: 0, share: 0 });
  });

  it("target 100 %: share null (zero budget) once anything was consumed", () => {
    const r = budgetConsumedBetween({ ...slo, target: "100" }, E, p, W0, E);
    expect(r).toMatchObject({ consumed: 60, budgetTotal: 0, share: null });
    expect(r.explain.nullReason).toBe("zero-budget");
  });
});

describe("budgetConsumedBetween: timeslices, calendar month", () => {
  it("bad minutes / (0.1 % × whole-month minutes)", () => {
    const slo: SloDefinition = {
      target: "99.9",
      method: "timeslices",
      timesliceThreshold: 0.99,
      window: { kind: "calendar-month" },
    };
    const apr1 = Date.parse("2024-04-01T00:00:00Z");
    const data: MinuteBucket[] = [
      { minute: apr1 + 60 * MIN, good: 0, total: 10 },
      { minute: apr1 + 61 * MIN, good: 10, total: 10 },
      { minute: apr1 + 62 * MIN, good: 5, total: 10 },
    ];
    const r = budgetConsumedBetween(
      slo,
      Date.parse("2024-04-15T00:00:00Z"),
      countsFromBuckets(data, "timeslices", 0.99),
      apr1,
      apr1 + DAY,
    );
    // April: 43200 minutes → budget 43.2 minutes; 2 bad minutes.
    expect(r).toMatchObject({ consumed: 2, budgetTotal: 43.2 });
    expect(r.share).toBe(2 / 43.2);
  });
});
