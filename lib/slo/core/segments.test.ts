import { describe, expect, it } from "vitest";
import { segmentsOf } from "./segments";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/time/units";

const T = Date.parse("2026-11-01T00:00:00Z");

describe("segmentsOf", () => {
  it("is empty for an empty range", () => {
    expect(segmentsOf(T, T)).toEqual({ days: [], hours: [], minutes: [] });
  });

  it("keeps a range inside one hour as minutes", () => {
    expect(segmentsOf(T + 5 * MINUTE_MS, T + 50 * MINUTE_MS)).toEqual({
      days: [],
      hours: [],
      minutes: [[T + 5 * MINUTE_MS, T + 50 * MINUTE_MS]],
    });
  });

  it("splits a 30-day window ending mid-hour into edge minutes, hours and whole days", () => {
    const end = T + 30 * DAY_MS + 10 * HOUR_MS + 37 * MINUTE_MS;
    const s = segmentsOf(end - 30 * DAY_MS, end);
    expect(s.minutes).toEqual([
      [end - 30 * DAY_MS, T + 11 * HOUR_MS],
      [T + 30 * DAY_MS + 10 * HOUR_MS, end],
    ]);
    expect(s.hours).toEqual([
      [T + 11 * HOUR_MS, T + DAY_MS],
      [T + 30 * DAY_MS, T + 30 * DAY_MS + 10 * HOUR_MS],
    ]);
    expect(s.days).toEqual([[T + DAY_MS, T + 30 * DAY_MS]]);
  });

  it("covers every minute exactly once", () => {
    for (const [a, b] of [
      [T + 59 * MINUTE_MS, T + 2 * DAY_MS + MINUTE_MS],
      [T, T + DAY_MS],
      [T + HOUR_MS, T + 3 * HOUR_MS + 1 * MINUTE_MS],
    ] as const) {
      const s = segmentsOf(a, b);
      const all = [...s.days, ...s.hours, ...s.minutes].sort((x, y) => x[0] - y[0]);
      expect(all[0]?.[0]).toBe(a);
      expect(all.at(-1)?.[1]).toBe(b);
      for (let i = 1; i < all.length; i++) expect(all[i]?.[0]).toBe(all[i - 1]?.[1]);
    }
  });
});
