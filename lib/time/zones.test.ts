import { describe, expect, it } from "vitest";
import { localParts, zoneOffsetMs, zonedStartOfDay } from "./zones";

const utc = (iso: string) => Date.parse(iso);

describe("zonedStartOfDay", () => {
  it("is plain UTC midnight in UTC, with month overflow", () => {
    expect(zonedStartOfDay(2024, 2, 29, "UTC")).toBe(utc("2024-02-29T00:00:00Z"));
    expect(zonedStartOfDay(2024, 13, 1, "UTC")).toBe(utc("2025-01-01T00:00:00Z"));
    expect(zonedStartOfDay(2024, 12, 32, "UTC")).toBe(utc("2025-01-01T00:00:00Z"));
  });

  it("uses the offset in force at local midnight around a DST change (New York)", () => {
    // DST starts 2024-03-10 02:00 local: midnight that day is still EST (−5).
    expect(zonedStartOfDay(2024, 3, 10, "America/New_York")).toBe(utc("2024-03-10T05:00:00Z"));
    expect(zonedStartOfDay(2024, 3, 11, "America/New_York")).toBe(utc("2024-03-11T04:00:00Z"));
    expect(zonedStartOfDay(2024, 11, 3, "America/New_York")).toBe(utc("2024-11-03T04:00:00Z"));
    expect(zonedStartOfDay(2024, 11, 4, "America/New_York")).toBe(utc("2024-11-04T05:00:00Z"));
  });

  it("handles half-hour and +14 offsets", () => {
    expect(zonedStartOfDay(2024, 1, 1, "Asia/Kolkata")).toBe(utc("2023-12-31T18:30:00Z"));
    expect(zonedStartOfDay(2024, 1, 1, "Pacific/Kiritimati")).toBe(utc("2023-12-31T10:00:00Z"));
  });

  it("when DST skips midnight, the day starts when the gap ends (Santiago, Havana)", () => {
    // Chile 2024-09-08: 00:00 −04 jumps to 01:00 −03 at 04:00Z.
    expect(zonedStartOfDay(2024, 9, 8, "America/Santiago")).toBe(utc("2024-09-08T04:00:00Z"));
    // Cuba 2024-03-10: 00:00 −05 jumps to 01:00 −04 at 05:00Z.
    expect(zonedStartOfDay(2024, 3, 10, "America/Havana")).toBe(utc("2024-03-10T05:00:00Z"));
  });

  it("when midnight happens twice, the day starts at the first one (Havana fall-back)", () => {
    // Cuba 2024-11-03: 01:00 −04 falls back to 00:00 −05, so 00:00 occurs at 04:00Z and 05:00Z.
    expect(zonedStartOfDay(2024, 11, 3, "America/Havana")).toBe(utc("2024-11-03T04:00:00Z"));
  });
});

describe("localParts / zoneOffsetMs", () => {
  it("reads wall-clock fields and offsets", () => {
    expect(localParts(utc("2024-03-10T07:00:00Z"), "America/New_York")).toEqual({
      year: 2024,
      month: 3,
      day: 10,
      hour: 3,
      minute: 0,
      second: 0,
    });
    expect(zoneOffsetMs(utc("2024-01-15T12:00:00Z"), "America/New_York")).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs(utc("2024-07-15T12:00:00Z"), "America/New_York")).toBe(-4 * 3_600_000);
    expect(zoneOffsetMs(utc("2024-07-15T12:00:00.999Z"), "UTC")).toBe(0);
  });

  it("rejects unknown zones", () => {
    expect(() => localParts(0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
