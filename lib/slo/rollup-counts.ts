import "server-only";
import { db } from "@/lib/db";
import { computeSloStatus } from "./status";
import { emptyCounts } from "./counts";
import { segmentsOf, type Range } from "./segments";
import type { Counts, SloDefinition, SloStatus } from "./types";

export type StatusRequest = { key: string; sliId: string; definition: SloDefinition };

type Seg = { req: number; range: number; start: number; end: number; sliId: string };
type Row = { i: number; good: number | null; total: number | null; minutes: number | null };
type SliceRow = { i: number; good_minutes: number; bad_minutes: number };

const TABLES = {
  days: { table: "SliDay", column: "day", minutes: `coalesce(sum(x."minutes"), 0)::float8` },
  hours: { table: "SliHour", column: "hour", minutes: `coalesce(sum(x."minutes"), 0)::float8` },
  minutes: { table: "SliPoint", column: "minute", minutes: `count(*) FILTER (WHERE x."total" > 0)::float8` },
} as const;

/** One query per table for every segment of every request: sums over [start, end). */
async function sumSegments(kind: keyof typeof TABLES, segs: Seg[]): Promise<Row[]> {
  if (!segs.length) return [];
  const t = TABLES[kind];
  return db.$queryRawUnsafe<Row[]>(
    `SELECT s.i, agg.good, agg.total, agg.minutes
     FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[]) AS s(i, sli, a, b)
     CROSS JOIN LATERAL (
       SELECT sum(x."good") AS good, sum(x."total") AS total, ${t.minutes} AS minutes
       FROM "${t.table}" x WHERE x."sliId" = s.sli AND x."${t.column}" >= to_timestamp(s.a / 1000.0) AND x."${t.column}" < to_timestamp(s.b / 1000.0)
     ) agg`,
    segs.map((_, i) => i),
    segs.map((s) => s.sliId),
    segs.map((s) => s.start),
    segs.map((s) => s.end),
  );
}

/**
 * Timeslices classify each minute against the SLO's threshold, which rollups cannot carry
 * (thresholds differ per SLO), so good/bad minutes are counted from raw minutes with the same
 * good/total >= threshold division as the pure library (float8 in PostgreSQL is IEEE too).
 */
async function countSlices(items: { sliId: string; threshold: number; start: number; end: number }[]): Promise<SliceRow[]> {
  if (!items.length) return [];
  return db.$queryRawUnsafe<SliceRow[]>(
    `SELECT s.i, agg.good_minutes, agg.bad_minutes
     FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::float8[]) AS s(i, sli, th, a, b)
     CROSS JOIN LATERAL (
       SELECT count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" >= s.th)::float8 AS good_minutes,
              count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" < s.th)::float8 AS bad_minutes
       FROM "SliPoint" p WHERE p."sliId" = s.sli AND p."minute" >= to_timestamp(s.a / 1000.0) AND p."minute" < to_timestamp(s.b / 1000.0)
     ) agg`,
    items.map((_, i) => i),
    items.map((s) => s.sliId),
    items.map((s) => s.threshold),
    items.map((s) => s.start),
    items.map((s) => s.end),
  );
}

/** The ranges computeSloStatus asks for depend only on the definition and `at`, never on counts. */
function rangesAsked(definition: SloDefinition, at: number): Range[] {
  const seen = new Map<string, Range>();
  computeSloStatus(definition, at, (start, end) => {
    seen.set(`${start}:${end}`, [start, end]);
    return emptyCounts();
  });
  return [...seen.values()];
}

/**
 * Statuses of many SLOs at `at` from the rollups, in four queries whatever their number:
 * each asked range is whole UTC days (SliDay) + whole hours (SliHour) + edge minutes (SliPoint).
 */
export async function rollupStatuses(requests: readonly StatusRequest[], at: number, options: { rawMinutesOnly?: boolean } = {}): Promise<Map<string, SloStatus>> {
  const ranges = requests.map((r) => rangesAsked(r.definition, at));
  const totals = ranges.map((rs) => rs.map(() => emptyCounts()));
  const segs: Record<keyof typeof TABLES, Seg[]> = { days: [], hours: [], minutes: [] };
  const slices: { req: number; range: number; sliId: string; threshold: number; start: number; end: number }[] = [];
  ranges.forEach((rs, req) => {
    const request = requests[req];
    if (!request) return;
    rs.forEach(([start, end], range) => {
      // rawMinutesOnly: the naive baseline the benchmark compares against (every minute scanned).
      const s = options.rawMinutesOnly ? { days: [], hours: [], minutes: [[start, end] as const] } : segmentsOf(start, end);
      for (const kind of ["days", "hours", "minutes"] as const) for (const [a, b] of s[kind]) segs[kind].push({ req, range, start: a, end: b, sliId: request.sliId });
      if (request.definition.method === "timeslices") slices.push({ req, range, sliId: request.sliId, threshold: request.definition.timesliceThreshold ?? 1, start, end });
    });
  });
  const [days, hours, minutes, sliced] = await Promise.all([sumSegments("days", segs.days), sumSegments("hours", segs.hours), sumSegments("minutes", segs.minutes), countSlices(slices)]);
  for (const [kind, rows] of [["days", days], ["hours", hours], ["minutes", minutes]] as const) {
    for (const row of rows) {
      const seg = segs[kind][row.i];
      const c = seg && totals[seg.req]?.[seg.range];
      if (!c) continue;
      c.good += Number(row.good ?? 0);
      c.total += Number(row.total ?? 0);
      c.dataMinutes += Number(row.minutes ?? 0);
    }
  }
  for (const row of sliced) {
    const item = slices[row.i];
    const c = item && totals[item.req]?.[item.range];
    if (!c) continue;
    c.goodMinutes = Number(row.good_minutes);
    c.badMinutes = Number(row.bad_minutes);
  }
  const out = new Map<string, SloStatus>();
  requests.forEach((request, req) => {
    const byRange = new Map<string, Counts>();
    ranges[req]?.forEach(([start, end], i) => byRange.set(`${start}:${end}`, totals[req]?.[i] ?? emptyCounts()));
    out.set(request.key, computeSloStatus(request.definition, at, (start, end) => byRange.get(`${start}:${end}`) ?? emptyCounts()));
  });
  return out;
}
