import { describe, expect, it } from "vitest";
import { dayWorstStatus, overallUptime, uptimeBars, type UptimeIncident } from "./uptime";

const now = new Date("2026-03-10T12:00:00.000Z");
const d = (iso: string) => new Date(iso);
const inc = (over: Partial<UptimeIncident>): UptimeIncident => ({
  id: "i1",
  name: "Outage",
  severity: "SEV1",
  startedAt: d("2026-03-08T10:00:00Z"),
  resolvedAt: d("2026-03-08T11:00:00Z"),
  ...over,
});

describe("uptimeBars", () => {
  it("makes 90 UTC-day bars ending today", () => {
    const bars = uptimeBars({ now, startDate: null, sliDays: null, incidents: [] });
    expect(bars).toHaveLength(90);
    expect(bars.at(-1)!.date).toBe("2026-03-10");
    expect(bars[0]!.date).toBe("2025-12-11");
    expect(bars.every((b) => b.uptime === 1 && b.source === "incidents")).toBe(true);
  });

  it("counts a major outage fully", () => {
    const bar = uptimeBars({ now, days: 3, startDate: null, sliDays: null, incidents: [inc({})] }).find(
      (b) => b.date === "2026-03-08",
    )!;
    expect(bar.majorOutageMinutes).toBe(60);
    expect(bar.uptime).toBeCloseTo(1 - 60 / 1440, 10);
    expect(bar.incidents).toEqual([{ id: "i1", name: "Outage" }]);
    expect(dayWorstStatus(bar)).toBe("major_outage");
  });

  it("weights a partial outage by 0.3 and leaves degraded performance out of downtime", () => {
    const bars = uptimeBars({
      now,
      days: 3,
      startDate: null,
      sliDays: null,
      incidents: [
        inc({ severity: "SEV2" }),
        inc({
          id: "i2",
          severity: "SEV3",
          startedAt: d("2026-03-09T00:00:00Z"),
          resolvedAt: d("2026-03-09T10:00:00Z"),
        }),
      ],
    });
    expect(bars[0]!.uptime).toBeCloseTo(1 - (0.3 * 60) / 1440, 10);
    expect(bars[1]!.degradedMinutes).toBe(600);
    expect(bars[1]!.uptime).toBe(1);
    expect(dayWorstStatus(bars[1]!)).toBe("degraded_performance");
  });

  it("counts overlapping incidents once, at the worst impact", () => {
    const [bar] = uptimeBars({
      now: d("2026-03-08T23:00:00Z"),
      days: 1,
      startDate: null,
      sliDays: null,
      incidents: [
        inc({}),
        inc({
          id: "i2",
          severity: "SEV2",
          startedAt: d("2026-03-08T09:30:00Z"),
          resolvedAt: d("2026-03-08T12:00:00Z"),
        }),
      ],
    });
    expect(bar!.majorOutageMinutes).toBe(60);
    expect(bar!.partialOutageMinutes).toBe(90);
    expect(bar!.incidents).toHaveLength(2);
  });

  it("splits an incident across days and counts an open one up to now", () => {
    const bars = uptimeBars({
      now,
      days: 2,
      startDate: null,
      sliDays: null,
      incidents: [inc({ startedAt: d("2026-03-09T23:00:00Z"), resolvedAt: null })],
    });
    expect(bars[0]!.majorOutageMinutes).toBe(60);
    expect(bars[1]!.majorOutageMinutes).toBe(720);
    // Today is measured over the part of the day that has passed.
    expect(bars[1]!.uptime).toBe(0);
  });

  it("uses SLI good/total where the service has an SLO", () => {
    const bars = uptimeBars({
      now,
      days: 3,
      startDate: null,
      sliDays: [
        { day: d("2026-03-08T00:00:00Z"), good: 990, total: 1000 },
        { day: d("2026-03-09T00:00:00Z"), good: 50, total: 100 },
        { day: d("2026-03-09T00:00:00Z"), good: 50, total: 100 },
      ],
      incidents: [inc({})],
    });
    expect(bars.map((b) => [b.source, b.uptime])).toEqual([
      ["sli", 0.99],
      ["sli", 0.5],
      ["none", null],
    ]);
    // The tooltip still lists the incidents of the day.
    expect(bars[0]!.incidents).toHaveLength(1);
  });

  it("has no data before the component's start date", () => {
    const bars = uptimeBars({ now, days: 3, startDate: d("2026-03-09T15:00:00Z"), sliDays: null, incidents: [] });
    expect(bars.map((b) => b.uptime)).toEqual([null, 1, 1]);
    expect(overallUptime(bars)).toBe(1);
    expect(overallUptime([bars[0]!])).toBeNull();
  });
});
