import { describe, expect, it } from "vitest";
import { resolveWindow } from "./window";

const utc = (iso: string) => Date.parse(iso);
const MIN = 60_000;

describe("resolveWindow: rolling", () => {
  it("is [E − N days, E) with E = at floored to the minute", () => {
    const at = utc("2024-05-15T12:34:56.789Z");
    const E = utc("2024-05-15T12:34:00Z");
    for (const days of [7, 28, 30, 1, 90]) {
      const w = resolveWindow({ kind: "rolling", days }, at);
      expect(w).toEqual({
        kind: "rolling",
        start: E - days * 1440 * MIN,
        end: E,
        lengthMinutes: days * 1440,
        elapsedMinutes: days * 1440,
        periodEnd: E,
        timeZone: "UTC",
      });
    }
  });

  it("rejects non-positive or fractional days and non-finite at", () => {
    expect(() => resolveWindow({ kind: "rolling", days: 0 }, 0)).toThrow(RangeError);
    expect(() => resolveWindow({ kind: "rolling", days: 1.5 }, 0)).toThrow(RangeError);
    expect(() => resolveWindow({ kind: "rolling", days: 7 }, Number.NaN)).toThrow(RangeError);
  });
});

describe("resolveWindow: calendar month (UTC)", () => {
  it.each([
    ["2023-02-15T00:00:00Z", "2023-02-01T00:00:00Z", "2023-03-01T00:00:00Z", 28 * 1440],
    ["2024-02-15T00:00:00Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z", 29 * 1440],
    ["2024-04-15T00:00:00Z", "2024-04-01T00:00:00Z", "2024-05-01T00:00:00Z", 30 * 1440],
    ["2024-01-15T00:00:00Z", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z", 31 * 1440],
    ["2024-12-31T23:00:00Z", "2024-12-01T00:00:00Z", "2025-01-01T00:00:00Z", 31 * 1440],
  ])("at %s → [%s, …) of length %i", (at, start, periodEnd, length) => {
    const w = resolveWindow({ kind: "calendar-month" }, utc(at));
    expect(w.start).toBe(utc(start));
    expect(w.end).toBe(utc(at));
    expect(w.periodEnd).toBe(utc(periodEnd));
    expect(w.lengthMinutes).toBe(length);
    expect(w.elapsedMinutes).toBe((utc(at) - utc(start)) / MIN);
  });

  it("at exactly the period boundary evaluates the just-finished month (period of E − 1 ms)", () => {
    const w = resolveWindow({ kind: "calendar-month" }, utc("2024-03-01T00:00:00Z"));
    expect(w.start).toBe(utc("2024-02-01T00:00:00Z"));
    expect(w.end).toBe(utc("2024-03-01T00:00:00Z"));
    expect(w.elapsedMinutes).toBe(41760);
    expect(w.lengthMinutes).toBe(41760);
  });

  it("during the first minute of a month (no minute ended yet) still evaluates the previous month", () => {
    const w = resolveWindow({ kind: "calendar-month" }, utc("2024-03-01T00:00:59.999Z"));
    expect(w.start).toBe(utc("2024-02-01T00:00:00Z"));
    expect(w.end).toBe(utc("2024-03-01T00:00:00Z"));
  });

  it("once the first minute has ended, the new month starts with 1 elapsed minute", () => {
    const w = resolveWindow({ kind: "calendar-month" }, utc("2024-03-01T00:01:00Z"));
    expect(w.start).toBe(utc("2024-03-01T00:00:00Z"));
    expect(w.elapsedMinutes).toBe(1);
    expect(w.lengthMinutes).toBe(31 * 1440);
  });
});

describe("resolveWindow: calendar month in America/New_York", () => {
  it("March 2024 (spring forward) is 31 days − 1 hour", () => {
    const w = resolveWindow({ kind: "calendar-month" }, utc("2024-03-20T12:00:00Z"), "America/New_York");
    expect(w.start).toBe(utc("2024-03-01T05:00:00Z")); // 00:00 EST
    expect(w.periodEnd).toBe(utc("2024-04-01T04:00:00Z")); // 00:00 EDT
    expect(w.lengthMinutes).toBe(31 * 1440 - 60);
    expect(w.elapsedMinutes).toBe(19 * 1440 + 7 * 60);
    expect(w.timeZone).toBe("America/New_York");
  });

  it("November 2024 (fall back) is 30 days + 1 hour", () => {
    const w = resolveWindow({ kind: "calendar-month" }, utc("2024-11-20T12:00:00Z"), "America/New_York");
    expect(w.start).toBe(utc("2024-11-01T04:00:00Z"));
    expect(w.periodEnd).toBe(utc("2024-12-01T05:00:00Z"));
    expect(w.lengthMinutes).toBe(30 * 1440 + 60);
  });

  it("uses the local date: 03:00Z on Mar 1 is still Feb 29 in New York", () => {
    const w = resolveWindow({ kind: "calendar-month" }, utc("2024-03-01T03:00:00Z"), "America/New_York");
    expect(w.start).toBe(utc("2024-02-01T05:00:00Z"));
    expect(w.periodEnd).toBe(utc("2024-03-01T05:00:00Z"));
    expect(w.lengthMinutes).toBe(29 * 1440);
  });

  it("rejects an unknown time zone", () => {
    expect(() => resolveWindow({ kind: "calendar-month" }, 0, "Nowhere/Nope")).toThrow(RangeError);
  });
});

describe("resolveWindow: ISO calendar week", () => {
  it("starts on Monday 00:00 even across a year boundary", () => {
    // Wednesday 2025-01-01; ISO week 1 of 2025 starts Monday 2024-12-30.
    const w = resolveWindow({ kind: "calendar-week" }, utc("2025-01-01T10:00:00Z"));
    expect(w.start).toBe(utc("2024-12-30T00:00:00Z"));
    expect(w.periodEnd).toBe(utc("2025-01-06T00:00:00Z"));
    expect(w.lengthMinutes).toBe(10080);
    expect(w.elapsedMinutes).toBe(2 * 1440 + 600);
  });

  it("Sunday belongs to the week that started the previous Monday", () => {
    const w = resolveWindow({ kind: "calendar-week" }, utc("2024-12-29T23:59:59.999Z"));
    expect(w.start).toBe(utc("2024-12-23T00:00:00Z"));
    expect(w.end).toBe(utc("2024-12-29T23:59:00Z"));
    expect(w.elapsedMinutes).toBe(10079);
  });

  it("at exactly Monday 00:00 the finished week is evaluated in full", () => {
    const w = resolveWindow({ kind: "calendar-week" }, utc("2024-12-30T00:00:00Z"));
    expect(w.start).toBe(utc("2024-12-23T00:00:00Z"));
    expect(w.elapsedMinutes).toBe(10080);
  });

  it("at Monday 00:01 the new week has 1 elapsed minute", () => {
    const w = resolveWindow({ kind: "calendar-week" }, utc("2024-12-30T00:01:00Z"));
    expect(w.start).toBe(utc("2024-12-30T00:00:00Z"));
    expect(w.elapsedMinutes).toBe(1);
  });

  it("a New York week containing the spring-forward Sunday is 7 days − 1 hour", () => {
    const w = resolveWindow({ kind: "calendar-week" }, utc("2024-03-10T12:00:00Z"), "America/New_York");
    expect(w.start).toBe(utc("2024-03-04T05:00:00Z"));
    expect(w.periodEnd).toBe(utc("2024-03-11T04:00:00Z"));
    expect(w.lengthMinutes).toBe(10020);
    expect(w.elapsedMinutes).toBe(6 * 1440 + 7 * 60);
  });
});
