// 90-day uptime bars per component, one per UTC day (SliDay rollups are UTC days).
//
// With an SLO on the component's service: uptime = Σgood / Σtotal of that day's SLI rows.
// Otherwise from incident time, with Atlassian Statuspage's weighting:
//   uptime = 1 − (major_outage minutes + 0.3 × partial_outage minutes) / 1440
// where degraded performance does not count as downtime; overlapping incidents count once,
// at the worst impact of the moment.
import { SEVERITY_COMPONENT_STATUS } from "./status";
import type { PublicComponentRef, Severity } from "./types";
import { DAY_MS, MINUTE_MS } from "@/lib/time/units";

export const UPTIME_DAYS = 90;
export const PARTIAL_OUTAGE_WEIGHT = 0.3;

export type SliDayRow = { day: Date; good: number; total: number };
export type UptimeIncident = { id: string; name: string; severity: Severity; startedAt: Date; resolvedAt: Date | null };

export type UptimeDay = {
  /** YYYY-MM-DD (UTC). */
  date: string;
  /** 0..1, or null with no data (before the component existed, or an SLI day without events). */
  uptime: number | null;
  source: "sli" | "incidents" | "none";
  majorOutageMinutes: number;
  partialOutageMinutes: number;
  degradedMinutes: number;
  incidents: PublicComponentRef[];
};

export type UptimeInput = {
  now: Date;
  days?: number;
  /** Days before this one have no bar (the component did not exist yet). */
  startDate: Date | null;
  /** Present (possibly empty) when the component's service has an SLO. */
  sliDays: SliDayRow[] | null;
  incidents: UptimeIncident[];
};

const utcDayStart = (d: Date) => Math.floor(d.getTime() / DAY_MS) * DAY_MS;

type Weight = 0 | 1 | 2 | 3;
const WEIGHT: Record<Severity, Weight> = { SEV1: 3, SEV2: 2, SEV3: 1, SEV4: 1 };

/** Minutes at each impact within [from, to), counting overlaps once at the worst impact. */
function impactMinutes(incidents: UptimeIncident[], from: number, to: number, now: number) {
  const spans = incidents
    .map((i) => ({
      start: Math.max(from, i.startedAt.getTime()),
      end: Math.min(to, i.resolvedAt?.getTime() ?? now),
      w: WEIGHT[i.severity],
    }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const totals = [0, 0, 0, 0];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    let worst = 0;
    for (const s of spans) if (s.start <= a && s.end >= b && s.w > worst) worst = s.w;
    totals[worst]! += (b - a) / MINUTE_MS;
  }
  return { degraded: totals[1]!, partial: totals[2]!, major: totals[3]! };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function uptimeBars(input: UptimeInput): UptimeDay[] {
  const count = input.days ?? UPTIME_DAYS;
  const today = utcDayStart(input.now);
  const nowMs = input.now.getTime();
  const start = input.startDate ? utcDayStart(input.startDate) : -Infinity;
  const sliByDay = new Map<number, { good: number; total: number }>();
  for (const row of input.sliDays ?? []) {
    const key = utcDayStart(row.day);
    const sum = sliByDay.get(key) ?? { good: 0, total: 0 };
    sliByDay.set(key, { good: sum.good + row.good, total: sum.total + row.total });
  }
  const bars: UptimeDay[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const from = today - k * DAY_MS;
    const to = Math.min(from + DAY_MS, Math.max(from, nowMs));
    const minutes = impactMinutes(input.incidents, from, to, nowMs);
    const touching = input.incidents.filter(
      (i) => i.startedAt.getTime() < from + DAY_MS && (i.resolvedAt?.getTime() ?? nowMs) >= from,
    );
    let uptime: number | null = null;
    let source: UptimeDay["source"] = "none";
    if (from >= start) {
      if (input.sliDays) {
        const sli = sliByDay.get(from);
        if (sli && sli.total > 0) {
          uptime = Math.min(1, Math.max(0, sli.good / sli.total));
          source = "sli";
        }
      } else {
        const elapsed = (to - from) / MINUTE_MS;
        const down = minutes.major + PARTIAL_OUTAGE_WEIGHT * minutes.partial;
        uptime = elapsed > 0 ? Math.max(0, 1 - down / elapsed) : 1;
        source = "incidents";
      }
    }
    bars.push({
      date: new Date(from).toISOString().slice(0, 10),
      uptime,
      source,
      majorOutageMinutes: round(minutes.major),
      partialOutageMinutes: round(minutes.partial),
      degradedMinutes: round(minutes.degraded),
      incidents: touching.map((i) => ({ id: i.id, name: i.name })),
    });
  }
  return bars;
}

/** Uptime over the bars that have data (mean of daily figures), or null when none do. */
export function overallUptime(bars: UptimeDay[]): number | null {
  const values = bars.map((b) => b.uptime).filter((u): u is number => u !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** The component status a day's worst impact corresponds to, for the bar's colour. */
export function dayWorstStatus(bar: UptimeDay) {
  if (bar.majorOutageMinutes > 0) return SEVERITY_COMPONENT_STATUS.SEV1;
  if (bar.partialOutageMinutes > 0) return SEVERITY_COMPONENT_STATUS.SEV2;
  if (bar.degradedMinutes > 0) return SEVERITY_COMPONENT_STATUS.SEV3;
  return "operational" as const;
}
