import "server-only";
import type { Tx } from "@/lib/db";
import { DAY_MS, HOUR_MS } from "@/lib/time/units";

// Every recompute of the rollups derived from an SLI's minutes (SliHour, SliDay and the per-SLO
// timeslice rollups) happens under the SLI's points lock, held until commit, so rollups computed from
// one transaction's snapshot can never overwrite another's (docs/slo-engine.md).

export type MinutePointRow = { minute: Date; good: number; total: number };

const EPOCH = "'1970-01-01T00:00:00Z'::timestamptz";
// Timeslice SLOs of the SLI $1: the classification uses each SLO's stored threshold as float8,
// the same double the pure library gets from Number("0.99") (both are correctly rounded).
const SLICE_SLOS = `SELECT "id", "timesliceThreshold"::float8 AS th FROM "Slo" WHERE "sliId" = $1 AND "budgetingMethod" = 'timeslices' AND "timesliceThreshold" IS NOT NULL`;

/** Transaction-level locks on SLIs' points, taken in id order so two holders of several never deadlock. */
export async function lockSliPoints(tx: Tx, sliIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(sliIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vigil:sli-points:${id}`}, 0))`;
  }
}

// Recomputing reads only the batch's span ($3, $4) besides each hour's or day's own range: with
// stale statistics (a fresh table) the planner may otherwise scan all of the SLI's minutes per hour.
const distinctFloors = (times: readonly number[], unit: number) => [
  ...new Set(times.map((t) => Math.floor(t / unit) * unit)),
];

/**
 * Writes minutes (replacing those already stored) and recomputes every hour and day they touch,
 * for the SLI and for each of its timeslice SLOs, taking the SLI's points lock. New minutes are
 * inserted before the lock, so concurrent batches insert in parallel and only recompute one after
 * the other: the last recompute of an hour starts after every other writer of that hour recomputed
 * and committed (each inserts before its own recompute), so it sees all their minutes.
 * With `replace`, the stored minutes of [from, to) that `points` does not contain are removed
 * (a Prometheus backfill), under the lock, and every hour overlapping that range is recomputed.
 */
export async function writeSliPoints(
  tx: Tx,
  sliId: string,
  points: readonly MinutePointRow[],
  replace?: { from: number; to: number },
): Promise<void> {
  const minutes = points.map((p) => p.minute.getTime());
  let hours = distinctFloors(minutes, HOUR_MS);
  if (replace) {
    await lockSliPoints(tx, [sliId]);
    await tx.$executeRaw`DELETE FROM "SliPoint" WHERE "sliId" = ${sliId} AND "minute" >= ${new Date(replace.from)} AND "minute" < ${new Date(replace.to)}`;
    const first = Math.floor(replace.from / HOUR_MS) * HOUR_MS;
    hours = [];
    for (let h = first; h < replace.to; h += HOUR_MS) hours.push(h);
  }
  if (points.length) {
    await tx.$executeRaw`
      INSERT INTO "SliPoint" ("sliId", "minute", "good", "total")
      SELECT ${sliId}, to_timestamp(u.m / 1000.0), u.g, u.t
      FROM unnest(${minutes}::float8[], ${points.map((p) => p.good)}::float8[], ${points.map((p) => p.total)}::float8[]) AS u(m, g, t)
      ON CONFLICT ("sliId", "minute") DO UPDATE SET "good" = EXCLUDED."good", "total" = EXCLUDED."total"`;
  }
  if (!replace) await lockSliPoints(tx, [sliId]);
  if (!hours.length) return;
  const days = distinctFloors(hours, DAY_MS);
  if (replace) await deleteRollups(tx, sliId, hours, days);
  await tx.$executeRawUnsafe(
    `WITH h AS (SELECT to_timestamp(x / 1000.0) AS hour FROM unnest($2::float8[]) AS x),
     m AS (
       SELECT h.hour, p."good", p."total" FROM h
       CROSS JOIN LATERAL (
         SELECT x."good", x."total" FROM "SliPoint" x
         WHERE x."sliId" = $1 AND x."minute" >= $3 AND x."minute" < $4 AND x."minute" >= h.hour AND x."minute" < h.hour + interval '1 hour'
       ) p
     ),
     sli AS (
       INSERT INTO "SliHour" ("sliId", "hour", "good", "total", "minutes")
       SELECT $1, m.hour, sum(m."good"), sum(m."total"), count(*) FILTER (WHERE m."total" > 0)::int FROM m GROUP BY m.hour
       ON CONFLICT ("sliId", "hour") DO UPDATE SET "good" = EXCLUDED."good", "total" = EXCLUDED."total", "minutes" = EXCLUDED."minutes"
       RETURNING 1
     ),
     s AS (${SLICE_SLOS})
     INSERT INTO "SloSliceHour" ("sloId", "hour", "goodMinutes", "badMinutes")
     SELECT s."id", m.hour,
            count(*) FILTER (WHERE m."total" > 0 AND m."good" / m."total" >= s.th)::int,
            count(*) FILTER (WHERE m."total" > 0 AND m."good" / m."total" < s.th)::int
     FROM s CROSS JOIN m GROUP BY s."id", m.hour
     ON CONFLICT ("sloId", "hour") DO UPDATE SET "goodMinutes" = EXCLUDED."goodMinutes", "badMinutes" = EXCLUDED."badMinutes"`,
    sliId,
    hours,
    new Date(Math.min(...hours)),
    new Date(Math.max(...hours) + HOUR_MS),
  );
  await tx.$executeRawUnsafe(
    `WITH d AS (SELECT to_timestamp(x / 1000.0) AS day FROM unnest($2::float8[]) AS x),
     sli AS (
       INSERT INTO "SliDay" ("sliId", "day", "good", "total", "minutes")
       SELECT $1, d.day, sum(h."good"), sum(h."total"), sum(h."minutes")::int
       FROM d CROSS JOIN LATERAL (
         SELECT x."good", x."total", x."minutes" FROM "SliHour" x
         WHERE x."sliId" = $1 AND x."hour" >= $3 AND x."hour" < $4 AND x."hour" >= d.day AND x."hour" < d.day + interval '1 day'
       ) h
       GROUP BY d.day
       ON CONFLICT ("sliId", "day") DO UPDATE SET "good" = EXCLUDED."good", "total" = EXCLUDED."total", "minutes" = EXCLUDED."minutes"
       RETURNING 1
     ),
     s AS (${SLICE_SLOS})
     INSERT INTO "SloSliceDay" ("sloId", "day", "goodMinutes", "badMinutes")
     SELECT y."sloId", d.day, sum(y."goodMinutes")::int, sum(y."badMinutes")::int
     FROM s CROSS JOIN d
     CROSS JOIN LATERAL (
       SELECT x."sloId", x."goodMinutes", x."badMinutes" FROM "SloSliceHour" x
       WHERE x."sloId" = s."id" AND x."hour" >= $3 AND x."hour" < $4 AND x."hour" >= d.day AND x."hour" < d.day + interval '1 day'
     ) y
     GROUP BY y."sloId", d.day
     ON CONFLICT ("sloId", "day") DO UPDATE SET "goodMinutes" = EXCLUDED."goodMinutes", "badMinutes" = EXCLUDED."badMinutes"`,
    sliId,
    days,
    new Date(Math.min(...days)),
    new Date(Math.max(...days) + DAY_MS),
  );
}

/** Removes the SLI's and its SLOs' rollup rows of these hours and days, so emptied periods leave none behind. */
async function deleteRollups(tx: Tx, sliId: string, hours: number[], days: number[]) {
  await tx.$executeRawUnsafe(
    `WITH h AS (SELECT to_timestamp(x / 1000.0) AS t FROM unnest($2::float8[]) AS x),
     d AS (SELECT to_timestamp(x / 1000.0) AS t FROM unnest($3::float8[]) AS x),
     slos AS (SELECT "id" FROM "Slo" WHERE "sliId" = $1),
     a AS (DELETE FROM "SliHour" WHERE "sliId" = $1 AND "hour" IN (SELECT t FROM h) RETURNING 1),
     b AS (DELETE FROM "SliDay" WHERE "sliId" = $1 AND "day" IN (SELECT t FROM d) RETURNING 1),
     c AS (DELETE FROM "SloSliceHour" WHERE "sloId" IN (SELECT "id" FROM slos) AND "hour" IN (SELECT t FROM h) RETURNING 1)
     DELETE FROM "SloSliceDay" WHERE "sloId" IN (SELECT "id" FROM slos) AND "day" IN (SELECT t FROM d)`,
    sliId,
    hours,
    days,
  );
}

/**
 * Rebuilds one SLO's timeslice rollups from all of its SLI's stored minutes (after the SLO was
 * created, or its SLI, method or threshold changed); an occurrences SLO is left with none.
 * The caller holds the lock of the SLO's (new) SLI.
 */
export async function rebuildSliceRollups(tx: Tx, sloId: string): Promise<void> {
  await tx.$executeRaw`WITH a AS (DELETE FROM "SloSliceHour" WHERE "sloId" = ${sloId} RETURNING 1) DELETE FROM "SloSliceDay" WHERE "sloId" = ${sloId}`;
  await tx.$executeRawUnsafe(
    `INSERT INTO "SloSliceHour" ("sloId", "hour", "goodMinutes", "badMinutes")
     SELECT s."id", date_bin(interval '1 hour', p."minute", ${EPOCH}),
            count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" >= s."timesliceThreshold"::float8)::int,
            count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" < s."timesliceThreshold"::float8)::int
     FROM "Slo" s JOIN "SliPoint" p ON p."sliId" = s."sliId"
     WHERE s."id" = $1 AND s."budgetingMethod" = 'timeslices' AND s."timesliceThreshold" IS NOT NULL
     GROUP BY 1, 2`,
    sloId,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "SloSliceDay" ("sloId", "day", "goodMinutes", "badMinutes")
     SELECT "sloId", date_bin(interval '1 day', "hour", ${EPOCH}), sum("goodMinutes")::int, sum("badMinutes")::int
     FROM "SloSliceHour" WHERE "sloId" = $1 GROUP BY 1, 2`,
    sloId,
  );
}

/** `sli`: the SLO's SLI (its id, or its name when comparing within one organization). */
type SliceShape = { sli: string; budgetingMethod: string; timesliceThreshold?: { toString(): string } | string | null };

/** Whether a change from `before` to `after` changes which minutes count as good or bad for the SLO. */
export function sliceInputsChanged(before: SliceShape | null, after: SliceShape): boolean {
  const key = (s: SliceShape) =>
    s.budgetingMethod === "timeslices"
      ? `${s.sli}|${s.timesliceThreshold == null ? "" : Number(s.timesliceThreshold.toString())}`
      : "occurrences";
  if (!before) return after.budgetingMethod === "timeslices";
  return key(before) !== key(after);
}
