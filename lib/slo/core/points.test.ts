import { describe, expect, it } from "vitest";
import { validatePoints } from "./points";

const NOW = Date.parse("2026-11-22T10:00:30Z");

describe("validatePoints", () => {
  it("truncates timestamps to the minute and accepts offsets", () => {
    const r = validatePoints(
      [
        { timestamp: "2026-11-22T09:58:59.999Z", good: 9, total: 10 },
        { timestamp: "2026-11-22T11:57:10+02:00", good: 0, total: 0 },
      ],
      NOW,
    );
    expect(r).toEqual({
      ok: true,
      points: [
        { minute: new Date("2026-11-22T09:58:00Z"), good: 9, total: 10 },
        { minute: new Date("2026-11-22T09:57:00Z"), good: 0, total: 0 },
      ],
    });
  });

  it("names the index and the reason of each bad point", () => {
    const r = validatePoints(
      [
        { timestamp: "2026-11-22T09:00:00Z", good: 11, total: 10 },
        { timestamp: "2026-11-22T09:01:00Z", good: -1, total: 10 },
        { timestamp: "2026-11-22T10:06:00Z", good: 1, total: 1 },
        { timestamp: "2026-11-22 09:02", good: 1, total: 1 },
        { timestamp: "2026-11-22T09:03:00Z", good: "1", total: 1 },
        { timestamp: "2026-11-22T09:04:00Z", good: 1, total: Infinity },
        { timestamp: "2026-11-22T09:05:00Z", good: 1, total: 1 },
        { timestamp: "2026-11-22T09:05:30Z", good: 1, total: 1 },
        { timestamp: "2026-11-22T09:06:00Z", good: 0.5, total: 1 },
        { timestamp: "2026-11-22T09:07:00Z", good: 1, total: 10_000_000_001 },
      ],
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.index, i.path])).toEqual([
      [0, "points[0].good"],
      [1, "points[1].good"],
      [2, "points[2].timestamp"],
      [3, "points[3].timestamp"],
      [4, "points[4].good"],
      [5, "points[5].total"],
      [7, "points[7].timestamp"],
      [8, "points[8].good"],
      [9, "points[9].total"],
    ]);
    expect(r.issues[0]?.message).toContain("greater than total");
    expect(r.issues[1]?.message).toContain("negative");
    expect(r.issues[2]?.message).toContain("future");
    expect(r.issues[6]?.message).toContain("same minute as points[6]");
    expect(r.issues[7]?.message).toContain("whole event counts");
    expect(r.issues[8]?.message).toContain("at most 10000000000 events per minute");
  });

  it("accepts a point up to 5 minutes ahead, and the largest count", () => {
    expect(validatePoints([{ timestamp: "2026-11-22T10:05:30Z", good: 1, total: 1 }], NOW).ok).toBe(true);
    expect(
      validatePoints([{ timestamp: "2026-11-22T10:00:00Z", good: 10_000_000_000, total: 10_000_000_000 }], NOW).ok,
    ).toBe(true);
  });
});
