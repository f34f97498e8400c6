// Response metrics over a period. Exact definitions (also in docs/incident-alerts-and-metrics.md):
// - An incident counts when it started (startedAt) within [from, to). Private incidents are
//   left out by the caller, so aggregates never hint at them.
// - MTTA: acknowledgedAt − startedAt, over incidents that were acknowledged.
// - Time to mitigate: (mitigatedAt, else resolvedAt) − startedAt: resolving implies mitigation.
// - MTTR: resolvedAt − startedAt, over resolved incidents (open ones have no repair time yet).
// - Each measure reports count, mean and median in seconds; negative durations (moments edited
//   to precede the start) are dropped as data errors rather than pulling averages down.
// - By service: an incident with several services counts for each; none is "(no service)".
// - Per week: ISO weeks (Monday 00:00 UTC), every week of the period, empty ones as zero.
import { DAY_MS } from "@/lib/time/units";

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export type MetricSeverity = (typeof SEVERITIES)[number];
export const NO_SERVICE = "(no service)";

export type MetricIncident = {
  severity: MetricSeverity;
  startedAt: Date;
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  services: string[];
};

export type DurationStats = { count: number; meanSeconds: number | null; medianSeconds: number | null };
export type ResponseStats = {
  incidents: number;
  mtta: DurationStats;
  timeToMitigate: DurationStats;
  mttr: DurationStats;
};
export type WeekCount = { weekStart: string; total: number } & Record<MetricSeverity, number>;
export type IncidentMetrics = {
  from: string;
  to: string;
  overall: ResponseStats;
  bySeverity: Record<MetricSeverity, ResponseStats>;
  byService: ({ service: string } & ResponseStats)[];
  perWeek: WeekCount[];
};

export function durationStats(seconds: number[]): DurationStats {
  const values = seconds.filter((s) => Number.isFinite(s) && s >= 0).sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return { count: 0, meanSeconds: null, medianSeconds: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  return { count: n, meanSeconds: mean, medianSeconds: median };
}

const since = (start: Date, end: Date | null) => (end ? (end.getTime() - start.getTime()) / 1000 : null);
const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

export function responseStats(incidents: MetricIncident[]): ResponseStats {
  return {
    incidents: incidents.length,
    mtta: durationStats(present(incidents.map((i) => since(i.startedAt, i.acknowledgedAt)))),
    timeToMitigate: durationStats(present(incidents.map((i) => since(i.startedAt, i.mitigatedAt ?? i.resolvedAt)))),
    mttr: durationStats(present(incidents.map((i) => since(i.startedAt, i.resolvedAt)))),
  };
}

export function weeklyCounts(incidents: MetricIncident[], from: Date, to: Date): WeekCount[] {
  const weeks: WeekCount[] = [];
  const index = new Map<number, WeekCount>();
  for (let week = utcWeekStart(from); week < to; week = new Date(week.getTime() + 7 * DAY_MS)) {
    const row: WeekCount = { weekStart: week.toISOString().slice(0, 10), total: 0, SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
    weeks.push(row);
    index.set(week.getTime(), row);
  }
  for (const incident of incidents) {
    const row = index.get(utcWeekStart(incident.startedAt).getTime());
    if (!row) continue;
    row.total += 1;
    row[incident.severity] += 1;
  }
  return weeks;
}

export function utcWeekStart(date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

export function incidentMetrics(all: MetricIncident[], from: Date, to: Date): IncidentMetrics {
  const incidents = all.filter((i) => i.startedAt >= from && i.startedAt < to);
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, responseStats(incidents.filter((i) => i.severity === s))]),
  ) as Record<MetricSeverity, ResponseStats>;
  const services = new Map<string, MetricIncident[]>();
  for (const incident of incidents) {
    for (const name of incident.services.length > 0 ? incident.services : [NO_SERVICE]) {
      services.set(name, [...(services.get(name) ?? []), incident]);
    }
  }
  const byService = [...services.entries()]
    .map(([service, list]) => ({ service, ...responseStats(list) }))
    .sort((a, b) => b.incidents - a.incidents || a.service.localeCompare(b.service));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    overall: responseStats(incidents),
    bySeverity,
    byService,
    perWeek: weeklyCounts(incidents, from, to),
  };
}
