import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { orgWithMembers, unique } from "@/tests/factories";
import { countsFromBuckets } from "./core/counts";
import { rollupStatuses } from "./rollup-statuses";
import { createSli, createSliSchema, ingestSliPoints, upsertSliPoints } from "./slis";
import { statusRequest } from "./status";
import { createSlo, createSloSchema, deleteSlo, findSlo, sloDefinition, updateSlo } from "./slos";
import { computeSloStatus } from "./core/status";
import type { MinuteBucket } from "./core/types";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

async function setup() {
  const { members } = await orgWithMembers(["admin"]);
  const admin = members.admin.ctx;
  const service = await createService(admin, {
    name: "API",
    slug: unique("svc"),
    description: "",
    team: "",
    tier: 1,
    links: {},
  });
  const sli = await createSli(admin, createSliSchema.parse({ serviceId: service.id, name: unique("availability") }));
  return { admin, sli };
}

const minute = (ms: number, good: number, total: number) => ({ minute: new Date(ms), good, total });

/** Every rollup row of the SLI and its SLOs recomputed from the stored minutes, next to the stored one. */
async function rollupsVersusMinutes(sliId: string) {
  const hours = await db.$queryRaw<{ stored: string; recomputed: string }[]>`
    SELECT concat_ws('/', h."good", h."total", h."minutes") AS stored, concat_ws('/', sum(p."good"), sum(p."total"), count(*) FILTER (WHERE p."total" > 0)) AS recomputed
    FROM "SliHour" h JOIN "SliPoint" p ON p."sliId" = h."sliId" AND p."minute" >= h."hour" AND p."minute" < h."hour" + interval '1 hour'
    WHERE h."sliId" = ${sliId} GROUP BY h."hour", h."good", h."total", h."minutes"`;
  const days = await db.$queryRaw<{ stored: string; recomputed: string }[]>`
    SELECT concat_ws('/', d."good", d."total", d."minutes") AS stored, concat_ws('/', sum(p."good"), sum(p."total"), count(*) FILTER (WHERE p."total" > 0)) AS recomputed
    FROM "SliDay" d JOIN "SliPoint" p ON p."sliId" = d."sliId" AND p."minute" >= d."day" AND p."minute" < d."day" + interval '1 day'
    WHERE d."sliId" = ${sliId} GROUP BY d."day", d."good", d."total", d."minutes"`;
  const slices = await db.$queryRaw<{ stored: string; recomputed: string }[]>`
    SELECT concat_ws('/', y."goodMinutes", y."badMinutes") AS stored,
           concat_ws('/', count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" >= s."timesliceThreshold"::float8), count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" < s."timesliceThreshold"::float8)) AS recomputed
    FROM "SloSliceDay" y JOIN "Slo" s ON s."id" = y."sloId" JOIN "SliPoint" p ON p."sliId" = s."sliId" AND p."minute" >= y."day" AND p."minute" < y."day" + interval '1 day'
    WHERE s."sliId" = ${sliId} GROUP BY y."sloId", y."day", y."goodMinutes", y."badMinutes"`;
  const counts = await db.$queryRaw<{ hours: number; days: number; points_hours: number }[]>`
    SELECT (SELECT count(*)::int FROM "SliHour" WHERE "sliId" = ${sliId}) AS hours, (SELECT count(*)::int FROM "SliDay" WHERE "sliId" = ${sliId}) AS days,
           (SELECT count(DISTINCT date_bin(interval '1 hour', "minute", '1970-01-01T00:00:00Z'::timestamptz))::int FROM "SliPoint" WHERE "sliId" = ${sliId}) AS points_hours`;
  return { hours, days, slices, counts: counts[0] };
}

function expectRollupsEqualMinutes(r: Awaited<ReturnType<typeof rollupsVersusMinutes>>) {
  for (const row of [...r.hours, ...r.days, ...r.slices]) expect(row.stored).toBe(row.recomputed);
  expect(r.counts?.hours).toBe(r.counts?.points_hours);
}

/** Waits until some transaction waits for a lock (the second writer is then blocked behind the first). */
async function untilALockIsAwaited() {
  for (let i = 0; i < 200; i++) {
    const [row] = await db.$queryRaw<
      { waiting: number }[]
    >`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`;
    if ((row?.waiting ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the second writer never waited for the first");
}

describe("rollups under concurrent ingestion", () => {
  it("a batch that starts while another is uncommitted recomputes the shared hour and day after it", async () => {
    const { admin, sli } = await setup();
    await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: unique("slices"),
        target: "99",
        budgetingMethod: "timeslices",
        timesliceThreshold: "0.95",
      }),
    );
    const hour = Math.floor(Date.now() / HOUR) * HOUR - 5 * HOUR;
    const even = Array.from({ length: 30 }, (_, i) => minute(hour + 2 * i * MIN, 90 + (i % 10), 100));
    const odd = Array.from({ length: 30 }, (_, i) => minute(hour + (2 * i + 1) * MIN, 100, 100));
    let second: Promise<number> | undefined;
    await db.$transaction(
      async (tx) => {
        await upsertSliPoints(sli.id, even, tx);
        second = upsertSliPoints(sli.id, odd);
        await untilALockIsAwaited();
      },
      { timeout: 20_000 },
    );
    await second;
    const stored = await db.sliHour.findUniqueOrThrow({
      where: { sliId_hour: { sliId: sli.id, hour: new Date(hour) } },
    });
    expect([stored.good, stored.total, stored.minutes]).toEqual([
      even.reduce((n, p) => n + p.good, 0) + 3000,
      6000,
      60,
    ]);
    expectRollupsEqualMinutes(await rollupsVersusMinutes(sli.id));
  });

  it("parallel batches touching the same hours and days leave rollups equal to the raw minutes", async () => {
    const { admin, sli } = await setup();
    await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: unique("slices"),
        target: "99",
        budgetingMethod: "timeslices",
        timesliceThreshold: "0.97",
      }),
    );
    const start = Math.floor(Date.now() / DAY) * DAY - 2 * DAY + 22 * HOUR;
    // Eight interleaved batches over the same four hours across a day boundary, sent at once, twice.
    const batches = Array.from({ length: 8 }, (_, b) =>
      Array.from({ length: 30 }, (_, i) => minute(start + (i * 8 + b) * MIN, 95 + ((i + b) % 6), 100)),
    );
    for (let round = 0; round < 2; round++) await Promise.all(batches.map((batch) => upsertSliPoints(sli.id, batch)));
    const r = await rollupsVersusMinutes(sli.id);
    expect(r.counts).toMatchObject({ hours: 4, days: 2 });
    expectRollupsEqualMinutes(r);
    const total = await db.sliDay.aggregate({ where: { sliId: sli.id }, _sum: { total: true, minutes: true } });
    expect(total._sum).toEqual({ total: 240 * 100, minutes: 240 });
  });
});

describe("timeslice rollups", () => {
  /** Three days of minutes with gaps, empty minutes and ratios exactly at the thresholds. */
  function traffic(now: number): MinuteBucket[] {
    const buckets: MinuteBucket[] = [];
    const start = Math.floor(now / MIN) * MIN - 3 * DAY - 17 * MIN;
    for (let m = start, i = 0; m < now - MIN; m += MIN, i++) {
      if (i % 89 === 3) continue;
      if (i % 101 === 7) buckets.push({ minute: m, good: 0, total: 0 });
      else buckets.push({ minute: m, good: [999, 990, 1000, 998, 950][i % 5]!, total: 1000 });
    }
    return buckets;
  }

  async function expectRollupsEqualRawScan(
    admin: Parameters<typeof findSlo>[1],
    ids: string[],
    buckets: MinuteBucket[],
    times: number[],
  ) {
    for (const id of ids) {
      const row = await findSlo(db, admin, id);
      const def = sloDefinition(row);
      for (const at of times) {
        const rollups = (await rollupStatuses([statusRequest(row)], at)).statuses.get(id);
        const raw = (await rollupStatuses([statusRequest(row)], at, { rawMinutesOnly: true })).statuses.get(id);
        expect(rollups).toEqual(raw);
        expect(rollups).toEqual(
          computeSloStatus(def, at, countsFromBuckets(buckets, def.method, def.timesliceThreshold)),
        );
      }
    }
  }

  it("give the raw scan's figures for SLOs made before and after the data, and after their threshold, method or deletion changes", async () => {
    const { admin, sli } = await setup();
    const now = Date.now();
    const before = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: unique("before"),
        target: "95",
        budgetingMethod: "timeslices",
        timesliceThreshold: "0.999",
        windowDays: 7,
      }),
    );
    const buckets = traffic(now);
    for (let i = 0; i < buckets.length; i += 2000) {
      await ingestSliPoints(
        admin,
        sli.id,
        buckets
          .slice(i, i + 2000)
          .map((b) => ({ timestamp: new Date(b.minute).toISOString(), good: b.good, total: b.total })),
        now,
      );
    }
    const after = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: unique("after"),
        target: "99.5",
        budgetingMethod: "timeslices",
        timesliceThreshold: "0.99",
        windowKind: "calendar",
        calendarUnit: "month",
        timeZone: "Europe/Paris",
      }),
    );
    const occurrences = await createSlo(
      admin,
      createSloSchema.parse({ sliId: sli.id, name: unique("occ"), target: "99" }),
    );
    const times = [now, now - DAY - 7 * HOUR - 13 * MIN - 5_000, buckets[0]!.minute + 61 * MIN];
    await expectRollupsEqualRawScan(admin, [before.id, after.id, occurrences.id], buckets, times);
    expect(await db.sloSliceDay.count({ where: { sloId: { in: [before.id, after.id] } } })).toBeGreaterThanOrEqual(6);
    expect(await db.sloSliceHour.count({ where: { sloId: occurrences.id } })).toBe(0);

    // 999/1000 meets 0.999 exactly; with 0.9991 it no longer does.
    await updateSlo(admin, before.id, { timesliceThreshold: "0.9991" });
    await updateSlo(admin, occurrences.id, { budgetingMethod: "timeslices", timesliceThreshold: "0.95" });
    await updateSlo(admin, after.id, { budgetingMethod: "occurrences" });
    await expectRollupsEqualRawScan(admin, [before.id, after.id, occurrences.id], buckets, times);
    expect(await db.sloSliceHour.count({ where: { sloId: after.id } })).toBe(0);
    expectRollupsEqualMinutes(await rollupsVersusMinutes(sli.id));

    // Replacing minutes keeps every SLO's rollups in step.
    const replaced = buckets.slice(-500).map((b) => ({ ...b, good: b.total ? b.total - 30 : 0 }));
    await ingestSliPoints(
      admin,
      sli.id,
      replaced.map((b) => ({ timestamp: new Date(b.minute).toISOString(), good: b.good, total: b.total })),
      now,
    );
    const merged = [...buckets.slice(0, -500), ...replaced];
    await expectRollupsEqualRawScan(admin, [before.id, occurrences.id], merged, [now]);
    await deleteSlo(admin, before.id);
    expect(await db.sloSliceHour.count({ where: { sloId: before.id } })).toBe(0);
  });

  it("a backfill range replaces the minutes it no longer has and recomputes the emptied hours", async () => {
    const { admin, sli } = await setup();
    const slo = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: unique("slices"),
        target: "99",
        budgetingMethod: "timeslices",
        timesliceThreshold: "0.99",
      }),
    );
    const h = Math.floor(Date.now() / HOUR) * HOUR - 10 * HOUR;
    await upsertSliPoints(
      sli.id,
      Array.from({ length: 180 }, (_, i) => minute(h + i * MIN, 90, 100)),
    );
    // The new data has only the first 20 minutes of the second hour: the third hour empties.
    await upsertSliPoints(
      sli.id,
      Array.from({ length: 20 }, (_, i) => minute(h + HOUR + i * MIN, 100, 100)),
      undefined,
      { from: h + HOUR, to: h + 3 * HOUR },
    );
    expect(await db.sliPoint.count({ where: { sliId: sli.id } })).toBe(80);
    const hours = await db.sliHour.findMany({ where: { sliId: sli.id }, orderBy: { hour: "asc" } });
    expect(hours.map((x) => [x.hour.getTime() - h, x.good, x.minutes])).toEqual([
      [0, 5400, 60],
      [HOUR, 2000, 20],
    ]);
    const slices = await db.sloSliceHour.findMany({ where: { sloId: slo.id }, orderBy: { hour: "asc" } });
    expect(slices.map((x) => [x.goodMinutes, x.badMinutes])).toEqual([
      [0, 60],
      [20, 0],
    ]);
    expectRollupsEqualMinutes(await rollupsVersusMinutes(sli.id));
  });
});
