import { describe, expect, it } from "vitest";
import { longestWindowDays, pollRange, REPOLL_MINUTES } from "./backfill";

const NOW = Date.UTC(2026, 10, 22, 10, 0, 42);
const TO = Date.UTC(2026, 10, 22, 10, 0);

describe("pollRange", () => {
  it("backfills the longest SLO window on the first poll, up to the last complete minute", () => {
    const slos = [
      { windowKind: "rolling" as const, windowDays: 7, calendarUnit: null },
      { windowKind: "rolling" as const, windowDays: 28, calendarUnit: null },
    ];
    expect(pollRange(NOW, null, slos)).toEqual({ from: TO - 28 * 86_400_000, to: TO, backfill: true });
  });

  it("continues from polledUntil, reaching back REPOLL_MINUTES for scrapes that arrived late", () => {
    expect(REPOLL_MINUTES).toBe(5);
    expect(pollRange(NOW, new Date(TO - 3 * 3_600_000), [])).toEqual({
      from: TO - 3 * 3_600_000,
      to: TO,
      backfill: false,
    });
    expect(pollRange(NOW, new Date(TO - 180_000), [])).toEqual({ from: TO - 300_000, to: TO, backfill: false });
    expect(pollRange(NOW, new Date(TO), [])).toEqual({ from: TO - 300_000, to: TO, backfill: false });
  });

  it("uses 30 days without SLOs and the longest calendar period otherwise", () => {
    expect(longestWindowDays([])).toBe(30);
    expect(longestWindowDays([{ windowKind: "calendar", windowDays: null, calendarUnit: "month" }])).toBe(31);
    expect(longestWindowDays([{ windowKind: "calendar", windowDays: null, calendarUnit: "week" }])).toBe(7);
  });
});
