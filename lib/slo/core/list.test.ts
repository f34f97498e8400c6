import { describe, expect, it } from "vitest";
import { countsFromBuckets } from "./counts";
import { compareByFigure, sloListPageQuerySchema, sloState } from "./list";
import { computeSloStatus } from "./status";
import type { SloDefinition } from "./types";

const MIN = 60_000;
const E = Date.parse("2026-11-22T10:00:00Z");
const slo: SloDefinition = { target: "99", method: "occurrences", window: { kind: "rolling", days: 30 } };
/** Status with `good` of 100 events in each of the last 60 minutes, after `history` good events. */
const statusOf = (good: number | null, history = 0) => {
  const buckets =
    good === null ? [] : Array.from({ length: 60 }, (_, i) => ({ minute: E - (i + 1) * MIN, good, total: 100 }));
  if (history) buckets.push({ minute: E - 10 * 1440 * MIN, good: history, total: history });
  return computeSloStatus(slo, E, countsFromBuckets(buckets, "occurrences"));
};

describe("sloState", () => {
  it("is no data, then exhausted, then burning, then ok", () => {
    expect(sloState(null)).toBe("no-data");
    expect(sloState(statusOf(null))).toBe("no-data");
    expect(sloState(statusOf(50))).toBe("exhausted");
    expect(sloState(statusOf(80, 1_000_000_000))).toBe("burning");
    expect(sloState(statusOf(100))).toBe("ok");
  });
});

describe("compareByFigure", () => {
  const items = [
    { id: "a", name: "unknown", status: null },
    { id: "b", name: "empty", status: statusOf(null) },
    { id: "c", name: "fine", status: statusOf(100) },
    { id: "d", name: "spent", status: statusOf(50) },
    { id: "e", name: "paging", status: statusOf(80, 1_000_000_000) },
    { id: "f", name: "also-fine", status: statusOf(100) },
  ];
  const order = (sort: "budget" | "attainment" | "burn") => [...items].sort(compareByFigure(sort)).map((i) => i.name);

  it("puts the worst first, SLOs without the figure last, and ties by name", () => {
    // No data: budget untouched (ratio 1, §6) but attainment null.
    expect(order("budget")).toEqual(["spent", "paging", "also-fine", "empty", "fine", "unknown"]);
    expect(order("attainment")).toEqual(["spent", "paging", "also-fine", "fine", "empty", "unknown"]);
    expect(order("burn")).toEqual(["spent", "paging", "also-fine", "fine", "empty", "unknown"]);
  });

  it("defaults to name order, 25 a page, and refuses unknown states", () => {
    expect(sloListPageQuerySchema.parse({})).toEqual({ sort: "name", limit: 25, offset: 0 });
    expect(sloListPageQuerySchema.safeParse({ state: "melting" }).success).toBe(false);
  });
});
