import { describe, expect, it } from "vitest";
import { durationStats, incidentMetrics, NO_SERVICE, utcWeekStart, type MetricIncident } from "./compute";

const t = (iso: string) => new Date(iso);
const incident = (over: Partial<MetricIncident> = {}): MetricIncident => ({
  severity: "SEV2",
  startedAt: t("2026-11-02T10:00:00Z"),
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  services: [],
  ...over,
});

describe("durationStats", () => {
  it("gives count, mean and median, and nulls when empty", () => {
    expect(durationStats([])).toEqual({ count: 0, meanSeconds: null, medianSeconds: null });
    expect(durationStats([300, 60, 120])).toEqual({ count: 3, meanSeconds: 160, medianSeconds: 120 });
    expect(durationStats([10, 40, 20, 30])).toEqual({ count: 4, meanSeconds: 25, medianSeconds: 25 });
  });

  it("drops negative durations as data errors", () => {
    expect(durationStats([-50, 100])).toEqual({ count: 1, meanSeconds: 100, medianSeconds: 100 });
  });
});

describe("incidentMetrics", () => {
  const from = t("2026-11-02T00:00:00Z");
  const to = t("2026-11-16T00:00:00Z");

  it("measures MTTA, time to mitigate and MTTR from the start", () => {
    const m = incidentMetrics(
      [
        incident({
          acknowledgedAt: t("2026-11-02T10:05:00Z"),
          mitigatedAt: t("2026-11-02T10:30:00Z"),
          resolvedAt: t("2026-11-02T11:00:00Z"),
        }),
        incident({ acknowledgedAt: t("2026-11-02T10:15:00Z") }),
      ],
      from,
      to,
    );
    expect(m.overall.incidents).toBe(2);
    expect(m.overall.mtta).toEqual({ count: 2, meanSeconds: 600, medianSeconds: 600 });
    expect(m.overall.timeToMitigate).toEqual({ count: 1, meanSeconds: 1800, medianSeconds: 1800 });
    expect(m.overall.mttr).toEqual({ count: 1, meanSeconds: 3600, medianSeconds: 3600 });
  });

  it("treats resolution as mitigation when no mitigation was recorded", () => {
    const m = incidentMetrics([incident({ resolvedAt: t("2026-11-02T12:00:00Z") })], from, to);
    expect(m.overall.timeToMitigate.meanSeconds).toBe(7200);
  });

  it("counts only incidents started within [from, to)", () => {
    const m = incidentMetrics(
      [incident({ startedAt: t("2026-11-01T23:59:59Z") }), incident({ startedAt: from }), incident({ startedAt: to })],
      from,
      to,
    );
    expect(m.overall.incidents).toBe(1);
  });

  it("splits by severity and by service, counting an incident for each of its services", () => {
    const m = incidentMetrics(
      [
        incident({ severity: "SEV1", services: ["api", "db"], resolvedAt: t("2026-11-02T10:10:00Z") }),
        incident({ severity: "SEV3", services: ["api"], resolvedAt: t("2026-11-02T10:30:00Z") }),
        incident({ severity: "SEV3" }),
      ],
      from,
      to,
    );
    expect(m.bySeverity.SEV1.mttr.meanSeconds).toBe(600);
    expect(m.bySeverity.SEV3.incidents).toBe(2);
    expect(m.bySeverity.SEV2.incidents).toBe(0);
    expect(m.byService.map((s) => [s.service, s.incidents])).toEqual([
      ["api", 2],
      [NO_SERVICE, 1],
      ["db", 1],
    ]);
    expect(m.byService[0]!.mttr.medianSeconds).toBe(1200);
  });

  it("counts incidents per ISO week (UTC), including empty weeks", () => {
    const m = incidentMetrics(
      [incident({ severity: "SEV1" }), incident({ startedAt: t("2026-11-08T23:59:00Z") })],
      from,
      to,
    );
    expect(m.perWeek).toEqual([
      { weekStart: "2026-11-02", total: 2, SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 0 },
      { weekStart: "2026-11-09", total: 0, SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
    ]);
  });

  it("starts weeks on Monday 00:00 UTC", () => {
    expect(utcWeekStart(t("2026-11-08T23:59:59Z")).toISOString()).toBe("2026-11-02T00:00:00.000Z");
    expect(utcWeekStart(t("2026-11-09T00:00:00Z")).toISOString()).toBe("2026-11-09T00:00:00.000Z");
  });
});
