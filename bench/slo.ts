// `npm run bench:slo [-- --slos=1000 --days=30 --ingest=100000 --samples=30]`: figures for issue 3's
// performance aims on a scratch embedded PostgreSQL and one `next start`, for occurrences and then
// the same SLOs as timeslices, each against a naive raw-minute scan. Prints, never asserts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { setDatabaseUrl } from "../lib/env";
import { ms, percentile, say, startInstance, stopInstance, type Instance } from "./support";

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = hit ? Number(hit.split("=")[1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const SLOS = arg("slos", 1000);
const DAYS = arg("days", 30);
const INGEST_POINTS = arg("ingest", 100_000);
const SAMPLES = arg("samples", 30);
const BATCH = 1000;
const CONCURRENCY = 4;
const MIN = 60_000;

async function timed<T>(fn: () => Promise<T>, samples: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "vigil-bench-slo-"));
  const database = await startEmbeddedDatabase(dir);
  let instance: Instance | null = null;
  try {
    await applyMigrations(database.url);
    // The naive raw-minute baseline over every SLO's 30 days outlasts the app's statement timeout.
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = String(30 * 60_000);
    setDatabaseUrl(database.url);
    const { db, dbPool } = await import("../lib/db");
    const { createApiToken } = await import("../lib/tokens/service");
    const { allSloStatuses, listSloStatuses } = await import("../lib/slo/status");
    const { sloListPageQuerySchema } = await import("../lib/slo/core/list");
    const org = await db.organization.create({
      data: { slug: "bench-slo", name: "Bench" },
      select: { id: true, slug: true, name: true },
    });
    const ctx = { org, actor: { type: "system" as const, id: "bench", label: "bench" } };
    const service = await db.service.create({ data: { orgId: org.id, slug: "api", name: "API" } });
    const { secret: token } = await createApiToken(ctx, { name: "bench", scopes: ["read", "ingest"] });

    // 1. Ingestion through the HTTP API.
    instance = await startInstance(database.url, { DATABASE_POOL_MAX: "10", DATABASE_STATEMENT_TIMEOUT_MS: "15000" });
    const ingestSli = await db.sli.create({
      data: { orgId: org.id, serviceId: service.id, name: "ingest", kind: "ratio", source: "push" },
    });
    const now = Math.floor(Date.now() / MIN) * MIN;
    const batches = Array.from({ length: Math.ceil(INGEST_POINTS / BATCH) }, (_, b) =>
      JSON.stringify({
        points: Array.from({ length: BATCH }, (_, i) => ({
          timestamp: new Date(now - (b * BATCH + i + 1) * MIN).toISOString(),
          good: 990 + (i % 10),
          total: 1000,
        })),
      }),
    );
    let next = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < batches.length) {
          const body = batches[next++]!;
          const res = await fetch(`${instance!.url}/api/v1/slis/${ingestSli.id}/points`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body,
          });
          if (!res.ok) failed++;
          await res.arrayBuffer();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    say(
      `ingestion: ${batches.length * BATCH} points in batches of ${BATCH}, ${CONCURRENCY} concurrent: ${((batches.length * BATCH) / seconds).toFixed(0)} points/s (${seconds.toFixed(1)} s)${failed ? `, ${failed} batches failed` : ""}`,
    );

    // 2. SLOS SLIs with DAYS of minute data, generated inside PostgreSQL, then rolled up.
    say(`seeding ${SLOS} SLIs/SLOs × ${DAYS} days of minutes (${(SLOS * DAYS * 1440).toLocaleString("en")} points)…`);
    const seedStart = performance.now();
    // A plain client: the app pool's statement timeout is meant for requests, not for bulk seeding.
    const seed = new pg.Client({ connectionString: database.url });
    await seed.connect();
    await seed.query(
      `INSERT INTO "Sli" ("id", "orgId", "serviceId", "name", "kind", "source", "updatedAt") SELECT 'sli' || g, $1, $2, 'sli-' || g, 'ratio', 'push', now() FROM generate_series(1, $3::int) g`,
      [org.id, service.id, SLOS],
    );
    await seed.query(
      `INSERT INTO "Slo" ("id", "orgId", "sliId", "name", "target", "windowDays", "updatedAt") SELECT 'slo' || g, $1, 'sli' || g, 'slo-' || lpad(g::text, 5, '0'), 99.9, $2::int, now() FROM generate_series(1, $3::int) g`,
      [org.id, DAYS, SLOS],
    );
    const end = now;
    const start = end - DAYS * 1440 * MIN;
    await seed.query(
      `INSERT INTO "SliPoint" ("sliId", "minute", "good", "total")
       SELECT 'sli' || g, m, 1000 - ((g + extract(epoch FROM m)::bigint / 60) % 3), 1000
       FROM generate_series(1, $1::int) g, generate_series(to_timestamp($2 / 1000.0), to_timestamp($3 / 1000.0) - interval '1 minute', interval '1 minute') m`,
      [SLOS, start, end],
    );
    await seed.query(
      `INSERT INTO "SliHour" SELECT "sliId", date_bin('1 hour', "minute", '1970-01-01T00:00:00Z'), sum("good"), sum("total"), count(*) FILTER (WHERE "total" > 0) FROM "SliPoint" GROUP BY 1, 2 ON CONFLICT DO NOTHING`,
    );
    await seed.query(
      `INSERT INTO "SliDay" SELECT "sliId", date_bin('1 day', "hour", '1970-01-01T00:00:00Z'), sum("good"), sum("total"), sum("minutes") FROM "SliHour" GROUP BY 1, 2 ON CONFLICT DO NOTHING`,
    );
    await seed.query("ANALYZE");
    await seed.end();
    say(`  seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    // 3. One SLO and all SLOs: rollups against the naive raw-minute scan, same process, same data.
    const at = end + 30_000;
    const one = (rawMinutesOnly: boolean) =>
      timed(() => allSloStatuses(ctx, at, { sloId: "slo1" }, { rawMinutesOnly }), SAMPLES);
    const oneRollup = await one(false);
    const oneRaw = await one(true);
    say(
      `one SLO status (${DAYS}-day window, ${SAMPLES} samples): rollups p50 ${ms(percentile(oneRollup, 50))} p95 ${ms(percentile(oneRollup, 95))}; raw scan p50 ${ms(percentile(oneRaw, 50))} p95 ${ms(percentile(oneRaw, 95))}; raw/rollup p95 ×${(percentile(oneRaw, 95) / percentile(oneRollup, 95)).toFixed(1)}`,
    );
    const httpOne = await timed(
      async () =>
        (
          await fetch(`${instance!.url}/api/v1/slos/slo1/status`, { headers: { authorization: `Bearer ${token}` } })
        ).arrayBuffer(),
      SAMPLES,
    );
    say(
      `  through HTTP GET /api/v1/slos/{id}/status: p50 ${ms(percentile(httpOne, 50))} p95 ${ms(percentile(httpOne, 95))}`,
    );
    const allSamples = Math.max(3, Math.floor(SAMPLES / 10));
    const allRollup = await timed(() => allSloStatuses(ctx, at), allSamples);
    const allRaw = await timed(() => allSloStatuses(ctx, at, {}, { rawMinutesOnly: true }), 1);
    say(
      `all ${SLOS} SLOs at once: rollups p50 ${ms(percentile(allRollup, 50))} (of ${allSamples}); raw scan ${ms(allRaw[0]!)}; raw/rollup ×${(allRaw[0]! / percentile(allRollup, 50)).toFixed(1)}`,
    );
    const listPage = await timed(
      () => listSloStatuses(ctx, sloListPageQuerySchema.parse({ sort: "budget" }), at),
      allSamples,
    );
    say(
      `  SLO list page sorted by budget remaining (all ${SLOS} evaluated, 25 shown): p50 ${ms(percentile(listPage, 50))} (of ${allSamples})`,
    );

    // 4. The same SLOs as timeslices (a minute is good at ≥ 99.9 % good): per-SLO minute-class rollups against the raw scan.
    say(`timeslices: the same ${SLOS} SLOs with timesliceThreshold 0.999, rolling up their good/bad minutes…`);
    const sliceStart = performance.now();
    const slices = new pg.Client({ connectionString: database.url });
    await slices.connect();
    await slices.query(
      `UPDATE "Slo" SET "budgetingMethod" = 'timeslices', "timesliceThreshold" = 0.999 WHERE "orgId" = $1`,
      [org.id],
    );
    await slices.query(
      `INSERT INTO "SloSliceHour" ("sloId", "hour", "goodMinutes", "badMinutes")
       SELECT s."id", date_bin('1 hour', p."minute", '1970-01-01T00:00:00Z'),
              count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" >= s."timesliceThreshold"::float8),
              count(*) FILTER (WHERE p."total" > 0 AND p."good" / p."total" < s."timesliceThreshold"::float8)
       FROM "Slo" s JOIN "SliPoint" p ON p."sliId" = s."sliId" WHERE s."orgId" = $1 GROUP BY 1, 2`,
      [org.id],
    );
    await slices.query(
      `INSERT INTO "SloSliceDay" SELECT "sloId", date_bin('1 day', "hour", '1970-01-01T00:00:00Z'), sum("goodMinutes"), sum("badMinutes") FROM "SloSliceHour" GROUP BY 1, 2`,
    );
    await slices.query("ANALYZE");
    await slices.end();
    say(`  rolled up in ${((performance.now() - sliceStart) / 1000).toFixed(1)} s`);
    const oneSliceRollup = await one(false);
    const oneSliceRaw = await one(true);
    say(
      `one timeslices SLO status (${DAYS}-day window, ${SAMPLES} samples): rollups p50 ${ms(percentile(oneSliceRollup, 50))} p95 ${ms(percentile(oneSliceRollup, 95))}; raw scan p50 ${ms(percentile(oneSliceRaw, 50))} p95 ${ms(percentile(oneSliceRaw, 95))}; raw/rollup p95 ×${(percentile(oneSliceRaw, 95) / percentile(oneSliceRollup, 95)).toFixed(1)}`,
    );
    const allSliceRollup = await timed(() => allSloStatuses(ctx, at), allSamples);
    const allSliceRaw = await timed(() => allSloStatuses(ctx, at, {}, { rawMinutesOnly: true }), 1);
    say(
      `all ${SLOS} timeslices SLOs at once: rollups p50 ${ms(percentile(allSliceRollup, 50))} (of ${allSamples}); raw scan ${ms(allSliceRaw[0]!)}; raw/rollup ×${(allSliceRaw[0]! / percentile(allSliceRollup, 50)).toFixed(1)}`,
    );
    const [rollupOne] = await allSloStatuses(ctx, at, { sloId: "slo1" });
    const [rawOne] = await allSloStatuses(ctx, at, { sloId: "slo1" }, { rawMinutesOnly: true });
    say(
      `  slo1 from rollups equals the raw scan: ${JSON.stringify(rollupOne?.status) === JSON.stringify(rawOne?.status)} (attainment ${rollupOne?.status?.attainment})`,
    );
    await db.$disconnect();
    await dbPool.end();
  } finally {
    if (instance) await stopInstance(instance);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
