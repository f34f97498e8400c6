import "server-only";
import { db } from "@/lib/db";
import { computeSloStatus } from "./core/status";
import { emptyCounts } from "./core/counts";
import { segmentsOf, type Range } from "./core/segments";
import type { Counts, SloDefinition, SloStatus } from "./core/types";

/** A stored SLO to evaluate: its timeslice rollups are keyed by `sloId`. */
export type StatusRequest = { sloId: string; sliId: string; definition: SloDefinition };
export type RollupStatuses = { statuses: Map<string, SloStatus>; failures: Map<string, Error> };

// `slo` is "" unless timeslice rollups apply; `th` is -1 unless minutes must be classified.
type Seg = { start: number; end: number; sli: string; slo: string; th: number };
type Kind = "days" | "hours" | "minutes";
type Row = {
  i: number;
  good: number | null;
  total: number | null;
  minutes: number | null;
  good_minutes: number | null;
  bad_minutes: number | null;
};

const ROLLUPS = {
  days: { sli: "SliDay", slo: "SloSliceDay", column: "day" },
  hours: { sli: "SliHour", slo: "SloSliceHour", column: "hour" },
} as const;
const inRange = (column: string) =>
  `x."${column}" >= to_timestamp(s.a / 1000.0) AND x."${column}" < to_timestamp(s.b / 1000.0)`;

/** Whole days or hours: the SLI's sums plus, for timeslice SLOs, that SLO's good/bad minutes. */
async function sumRollups(kind: keyof typeof ROLLUPS, segs: Seg[]): Promise<Row[]> {
  if (!segs.length) return [];
  const t = ROLLUPS[kind];
  return db.$queryRawUnsafe<Row[]>(
    `SELECT s.i, agg.good, agg.total, agg.minutes, sl.good_minutes, sl.bad_minutes
     FROM unnest($1::int[], $2::text[], $3::text[], $4::float8[], $5::float8[]) AS s(i, sli, slo, a, b)
     CROSS JOIN LATERAL (
       SELECT sum(x."good") AS good, sum(x."total") AS total, coalesce(sum(x."minutes"), 0)::float8 AS minutes
       FROM "${t.sli}" x WHERE x."sliId" = s.sli AND ${inRange(t.column)}
     ) agg
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(x."goodMinutes"), 0)::float8 AS good_minutes, coalesce(sum(x."badMinutes"), 0)::float8 AS bad_minutes
       FROM "${t.slo}" x WHERE s.slo <> '' AND x."sloId" = s.slo AND ${inRange(t.column)}
     ) sl`,
    segs.map((_, i) => i),
    segs.map((s) => s.sli),
    segs.map((s) => s.slo),
    segs.map((s) => s.start),
    segs.map((s) => s.end),
  );
}

/**
 * Raw minutes: sums, and for timeslices each minute classified against the SLO's threshold with
 * the same good/total >= threshold float8 division as the pure library and the rollups.
 */
async function sumMinutes(segs: Seg[]): Promise<Row[]> {
  if (!segs.length) return [];
  return db.$queryRawUnsafe<Row[]>(
    `SELECT s.i, agg.good, agg.total, agg.minutes, agg.good_minutes, agg.bad_minutes
     FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::float8[]) AS s(i, sli, th, a, b)
     CROSS JOIN LATERAL (
       SELECT sum(x."good") AS good, sum(x."total") AS total, count(*) FILTER (WHERE x."total" > 0)::float8 AS minutes,
              count(*) FILTER (WHERE s.th > 0 AND x."total" > 0 AND x."good" / x."total" >= s.th)::float8 AS good_minutes,
              count(*) FILTER (WHERE s.th > 0 AND x."total" > 0 AND x."good" / x."total" < s.th)::float8 AS bad_minutes
       FROM "SliPoint" x WHERE x."sliId" = s.sli AND ${inRange("minute")}
     ) agg`,
    segs.map((_, i) => i),
    segs.map((s) => s.sli),
    segs.map((s) => s.th),
    segs.map((s) => s.start),
    segs.map((s) => s.end),
  );
}

/**
 * The ranges computeSloStatus asks for depend only on the window, its time zone, the alert
 * windows and `at`, never on counts or the target: SLOs alike share one dry run.
 */
function rangesAsker(at: number): (definition: SloDefinition) => Range[] {
  const cache = new Map<string, Range[]>();
  return (definition) => {
    const key = JSON.stringify([
      definition.window,
      definition.timeZone ?? null,
      definition.alertConditions?.map((c) => [c.longWindowMinutes, c.shortWindowMinutes]) ?? null,
    ]);
    let ranges = cache.get(key);
    if (!ranges) {
      const seen = new Map<string, Range>();
      computeSloStatus(definition, at, (start, end) => {
        seen.set(`${start}:${end}`, [start, end]);
        return emptyCounts();
      });
      ranges = [...seen.values()];
      cache.set(key, ranges);
    }
    return ranges;
  };
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/**
 * Statuses of many SLOs at `at` from the rollups, in three queries whatever their number: each
 * asked range is whole UTC days (SliDay, SloSliceDay) + whole hours (SliHour, SloSliceHour) +
 * edge minutes (SliPoint). A definition that cannot be evaluated (e.g. a time zone this host does
 * not know) fails alone, in `failures`, and never stops the others.
 * `rawMinutesOnly`: the naive baseline the benchmark compares against (every minute scanned).
 */
export async function rollupStatuses(
  requests: readonly StatusRequest[],
  at: number,
  options: { rawMinutesOnly?: boolean } = {},
): Promise<RollupStatuses> {
  const failures = new Map<string, Error>();
  const asked = rangesAsker(at);
  const ranges = requests.map((r) => {
    try {
      return asked(r.definition);
    } catch (e) {
      failures.set(r.sloId, asError(e));
      return [];
    }
  });
  const totals = ranges.map((rs) => rs.map(() => emptyCounts()));
  // Segments are deduplicated: the lookbacks of one SLO share their newest minutes and hours.
  const segs: Record<Kind, Seg[]> = { days: [], hours: [], minutes: [] };
  const segIndex: Record<Kind, Map<string, number>> = { days: new Map(), hours: new Map(), minutes: new Map() };
  const uses: { kind: Kind; seg: number; counts: Counts }[] = [];
  ranges.forEach((rs, req) => {
    const request = requests[req];
    if (!request) return;
    const slices = request.definition.method === "timeslices";
    const base = {
      sli: request.sliId,
      slo: slices ? request.sloId : "",
      th: slices ? (request.definition.timesliceThreshold ?? 1) : -1,
    };
    rs.forEach(([start, end], range) => {
      const s = options.rawMinutesOnly
        ? { days: [], hours: [], minutes: [[start, end] as const] }
        : segmentsOf(start, end);
      for (const kind of ["days", "hours", "minutes"] as const) {
        for (const [a, b] of s[kind]) {
          const key = `${base.sli}|${base.slo}|${base.th}|${a}|${b}`;
          let seg = segIndex[kind].get(key);
          if (seg === undefined) {
            seg = segs[kind].push({ ...base, start: a, end: b }) - 1;
            segIndex[kind].set(key, seg);
          }
          uses.push({ kind, seg, counts: totals[req]![range]! });
        }
      }
    });
  });
  const [days, hours, minutes] = await Promise.all([
    sumRollups("days", segs.days),
    sumRollups("hours", segs.hours),
    sumMinutes(segs.minutes),
  ]);
  const rowsBy: Record<Kind, Map<number, Row>> = { days: new Map(), hours: new Map(), minutes: new Map() };
  for (const [kind, rows] of [
    ["days", days],
    ["hours", hours],
    ["minutes", minutes],
  ] as const)
    for (const row of rows) rowsBy[kind].set(Number(row.i), row);
  for (const { kind, seg, counts: c } of uses) {
    const row = rowsBy[kind].get(seg);
    if (!row) continue;
    c.good += Number(row.good ?? 0);
    c.total += Number(row.total ?? 0);
    c.dataMinutes += Number(row.minutes ?? 0);
    c.goodMinutes += Number(row.good_minutes ?? 0);
    c.badMinutes += Number(row.bad_minutes ?? 0);
  }
  const statuses = new Map<string, SloStatus>();
  requests.forEach((request, req) => {
    if (failures.has(request.sloId)) return;
    const byRange = new Map<string, Counts>();
    ranges[req]?.forEach(([start, end], i) => byRange.set(`${start}:${end}`, totals[req]?.[i] ?? emptyCounts()));
    try {
      statuses.set(
        request.sloId,
        computeSloStatus(request.definition, at, (start, end) => byRange.get(`${start}:${end}`) ?? emptyCounts()),
      );
    } catch (e) {
      failures.set(request.sloId, asError(e));
    }
  });
  return { statuses, failures };
}
