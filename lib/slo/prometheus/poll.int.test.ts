import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobQueue, QUEUES } from "@/lib/jobs/queue";
import { ingestSliPoints, updateSli, upsertSliPoints } from "@/lib/slo/slis";
import { startPrometheus, type PrometheusServer } from "@/tests/prometheus-server";
import { orgWithMembers, unique } from "@/tests/factories";
import { fetchSliPoints, queryMinutes } from "./client";
import { registerPrometheusPolling } from "./job";
import { pollAllPrometheusSlis, pollSli, type PointWriter } from "./poll";
import { getPrometheusSettings, testPrometheusConnection, updatePrometheusSettings } from "./settings";

const MIN = 60_000;
const HOUR = 60 * MIN;
// Three hours of exact data well in the past: 200s grow by 10 and 500s by 1 every 15 s
// (40 good and 44 total requests per minute), with no samples at all in [HOLE, HOLE + 10 min).
const S = Math.floor(Date.now() / HOUR) * HOUR - 8 * HOUR;
const HOLE = S + 60 * MIN;
const GOOD = 'sum(rate(http_requests_total{code!~"5.."}[1m]))';
const TOTAL = "sum(rate(http_requests_total[1m]))";
// A second counter whose samples after LATE − 1 min "arrive late": added to Prometheus mid-test.
const LATE = S + 30 * MIN;
const LATE_GOOD = 'sum(rate(late_requests_total{code!~"5.."}[1m]))';
const LATE_TOTAL = "sum(rate(late_requests_total[1m]))";

function counterLines(name: string, from: number, to: number, skip: (t: number) => boolean): string[] {
  const lines = [`# HELP ${name} Requests.`, `# TYPE ${name} counter`];
  for (const [code, step] of [
    ["200", 10],
    ["500", 1],
  ] as const) {
    for (let t = S, i = 0; t <= to; t += 15_000, i++) {
      if (t >= from && !skip(t)) lines.push(`${name}{code="${code}"} ${i * step} ${t / 1000}`);
    }
  }
  return lines;
}

function openMetrics(): string {
  const lines = [
    ...counterLines("http_requests_total", S, S + 3 * HOUR, (t) => t >= HOLE && t < HOLE + 10 * MIN),
    ...counterLines("late_requests_total", S, LATE - MIN, () => false),
  ];
  return `${lines.join("\n")}\n# EOF\n`;
}

let prometheus: PrometheusServer;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics());
}, 60_000);
afterAll(async () => {
  await prometheus?.cleanup();
});

async function prometheusSli(queries = { goodQuery: GOOD, totalQuery: TOTAL }) {
  const { org, members } = await orgWithMembers(["admin"]);
  await db.organization.update({ where: { id: org.id }, data: { prometheusUrl: prometheus.url } });
  const service = await db.service.create({ data: { orgId: org.id, slug: unique("svc"), name: "API" } });
  const sli = await db.sli.create({
    data: {
      orgId: org.id,
      serviceId: service.id,
      name: unique("availability"),
      kind: "ratio",
      source: "prometheus",
      ...queries,
    },
  });
  return Object.assign(sli, { admin: members.admin.ctx });
}

const pointsOf = (sliId: string) => db.sliPoint.findMany({ where: { sliId }, orderBy: { minute: "asc" } });

describe("Prometheus client against a real Prometheus", () => {
  it("returns per-minute event counts and leaves minutes without samples out", async () => {
    const minutes = await queryMinutes({ url: prometheus.url }, TOTAL, S, S + 2 * HOUR);
    expect(minutes.has(S - MIN)).toBe(false);
    expect(minutes.get(S)).toBeCloseTo(44, 6);
    expect(minutes.get(HOLE - MIN)).toBeCloseTo(44, 6);
    for (let m = HOLE; m < HOLE + 10 * MIN; m += MIN) expect(minutes.has(m)).toBe(false);
    expect(minutes.get(HOLE + 10 * MIN)).toBeCloseTo(44, 6);
    expect(minutes.size).toBe(110);
  });

  it("answers a PromQL error with Prometheus's message", async () => {
    await expect(queryMinutes({ url: prometheus.url }, "sum(rate(", S, S + HOUR)).rejects.toThrow(/parse error/);
  });
});

describe("polling job", () => {
  it("backfills, records gaps and the error while Prometheus is down, then catches up", async () => {
    const sli = await prometheusSli();

    const first = await pollSli(sli.id, upsertSliPoints, S + 2 * HOUR + 30_000);
    expect(first).toMatchObject({ status: "polled", points: 110 });
    let points = await pointsOf(sli.id);
    expect(points).toHaveLength(110);
    expect(points[0]?.minute.getTime()).toBe(S);
    for (const p of points) {
      expect(p.good).toBeCloseTo(40, 6);
      expect(p.total).toBeCloseTo(44, 6);
    }
    expect(points.some((p) => p.minute.getTime() >= HOLE && p.minute.getTime() < HOLE + 10 * MIN)).toBe(false);
    let stored = await db.sli.findUniqueOrThrow({ where: { id: sli.id } });
    expect(stored.polledUntil?.getTime()).toBe(S + 2 * HOUR);
    expect(stored.lastPollError).toBeNull();

    await prometheus.stop();
    const down = await pollSli(sli.id, upsertSliPoints, S + 2 * HOUR + 30 * MIN + 30_000);
    expect(down.status).toBe("failed");
    stored = await db.sli.findUniqueOrThrow({ where: { id: sli.id } });
    expect(stored.lastPollError).toMatch(/unreachable/);
    expect(stored.polledUntil?.getTime()).toBe(S + 2 * HOUR);
    expect(await pointsOf(sli.id)).toHaveLength(110);

    await prometheus.start();
    const caughtUp = await pollSli(sli.id, upsertSliPoints, S + 2 * HOUR + 30 * MIN + 30_000);
    expect(caughtUp).toMatchObject({ status: "polled", points: 30 });
    points = await pointsOf(sli.id);
    expect(points).toHaveLength(140);
    expect(points.at(-1)?.minute.getTime()).toBe(S + 2 * HOUR + 29 * MIN);
    stored = await db.sli.findUniqueOrThrow({ where: { id: sli.id } });
    expect(stored.polledUntil?.getTime()).toBe(S + 2 * HOUR + 30 * MIN);
    expect(stored.lastPollError).toBeNull();
    // Later in the same minute: the newest minutes are read again, which changes nothing here.
    expect(await pollSli(sli.id, upsertSliPoints, S + 2 * HOUR + 30 * MIN + 50_000)).toMatchObject({
      status: "polled",
      points: 5,
    });
    expect(await pointsOf(sli.id)).toHaveLength(140);
  }, 60_000);

  it("reads the newest minutes again on the next tick, so a minute polled before its last scrape arrived is filled", async () => {
    const sli = await prometheusSli({ goodQuery: LATE_GOOD, totalQuery: LATE_TOTAL });
    expect(await pollSli(sli.id, upsertSliPoints, LATE + 30_000)).toMatchObject({ status: "polled", points: 29 });
    const minutes = async () => new Set((await pointsOf(sli.id)).map((p) => p.minute.getTime()));
    expect((await minutes()).has(LATE - MIN)).toBe(false);
    // The scrapes that close the minute [LATE − 1 min, LATE) and the next one reach Prometheus only now.
    await prometheus.stop();
    prometheus.addSamples(
      `${counterLines("late_requests_total", LATE - MIN + 15_000, LATE + MIN, () => false).join("\n")}\n# EOF\n`,
    );
    await prometheus.start();
    expect(await pollSli(sli.id, upsertSliPoints, LATE + MIN + 30_000)).toMatchObject({ status: "polled", points: 5 });
    const late = (await pointsOf(sli.id)).find((p) => p.minute.getTime() === LATE - MIN);
    expect(late?.total).toBeCloseTo(44, 6);
    expect(late?.good).toBeCloseTo(40, 6);
    expect(await minutes()).toEqual(new Set(Array.from({ length: 31 }, (_, i) => S + i * MIN)));
    expect((await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).polledUntil?.getTime()).toBe(LATE + MIN);
  }, 60_000);

  it("backfills again when a PATCH changes the PromQL, replacing the window's minutes with the new queries' answers", async () => {
    const sli = await prometheusSli();
    const now = S + 2 * HOUR + 30_000;
    await pollSli(sli.id, upsertSliPoints, now);
    expect(await pointsOf(sli.id)).toHaveLength(110);
    await updateSli(sli.admin, sli.id, { name: unique("renamed") });
    expect((await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).polledUntil).not.toBeNull();
    await updateSli(sli.admin, sli.id, { goodQuery: LATE_GOOD, totalQuery: LATE_TOTAL });
    expect((await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).polledUntil).toBeNull();
    expect(await pollSli(sli.id, upsertSliPoints, now)).toMatchObject({ status: "polled" });
    const to = Math.floor(now / MIN) * MIN;
    const expected = await fetchSliPoints(
      { url: prometheus.url },
      { good: LATE_GOOD, total: LATE_TOTAL },
      to - 30 * 1440 * MIN,
      to,
    );
    const stored = await pointsOf(sli.id);
    expect(stored.map((p) => p.minute.getTime())).toEqual(expected.map((p) => p.minute.getTime()));
    expect(stored.length).toBeLessThan(60);
    const [sums] = await db.$queryRaw<
      { total: number; minutes: number }[]
    >`SELECT sum("total")::float8 AS total, sum("minutes")::float8 AS minutes FROM "SliDay" WHERE "sliId" = ${sli.id}`;
    expect(sums?.minutes).toBe(stored.length);
    expect(sums?.total).toBeCloseTo(
      stored.reduce((n, p) => n + p.total, 0),
      6,
    );
  });

  it("refuses pushed points into a Prometheus SLI with 409", async () => {
    const sli = await prometheusSli();
    await expect(
      ingestSliPoints(sli.admin, sli.id, [{ timestamp: new Date(S).toISOString(), good: 1, total: 1 }]),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/fed by Prometheus/) });
    expect(await db.sliPoint.count({ where: { sliId: sli.id } })).toBe(0);
  });

  it("polls every Prometheus SLI of every organization in one tick and keeps the rollups in step", async () => {
    const a = await prometheusSli();
    const b = await prometheusSli();
    const outcomes = await pollAllPrometheusSlis(upsertSliPoints, S + 3 * HOUR);
    for (const sli of [a, b]) {
      expect(outcomes).toContainEqual({ sliId: sli.id, status: "polled", points: 170 });
      expect((await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).polledUntil?.getTime()).toBe(S + 3 * HOUR);
    }
    const hour = await db.sliHour.findUniqueOrThrow({ where: { sliId_hour: { sliId: a.id, hour: new Date(HOLE) } } });
    expect(hour.minutes).toBe(50);
    expect(hour.total).toBeCloseTo(50 * 44, 6);
  });

  it("keeps polling the other SLIs when one fails unexpectedly, and records why on that one", async () => {
    const [first, second] = [await prometheusSli(), await prometheusSli()].sort((x, y) => (x.id < y.id ? -1 : 1));
    const failing: PointWriter = (sliId, points, tx, replace) =>
      sliId === first!.id ? Promise.reject(new Error("disk full")) : upsertSliPoints(sliId, points, tx, replace);
    const outcomes = await pollAllPrometheusSlis(failing, S + 3 * HOUR);
    expect(outcomes).toContainEqual({
      sliId: first!.id,
      status: "failed",
      error: expect.stringMatching(/failed to store/),
    });
    expect(outcomes).toContainEqual({ sliId: second!.id, status: "polled", points: 170 });
    const stored = await db.sli.findUniqueOrThrow({ where: { id: first!.id } });
    expect(stored.polledUntil).toBeNull();
    expect(stored.lastPollError).toMatch(/failed to store/);
    expect(await db.sliPoint.count({ where: { sliId: first!.id } })).toBe(0);
  });

  it("skips an SLI another instance is polling", async () => {
    const sli = await prometheusSli();
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vigil:sli-poll:${sli.id}`}, 0))`;
      expect(await pollSli(sli.id, upsertSliPoints, S + HOUR)).toMatchObject({ status: "busy" });
    });
    expect((await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).polledUntil).toBeNull();
  });

  it("records why an SLI cannot be polled when the organization has no Prometheus URL", async () => {
    const sli = await prometheusSli();
    await db.organization.update({ where: { id: sli.orgId }, data: { prometheusUrl: null } });
    expect(await pollSli(sli.id, upsertSliPoints, S + HOUR)).toMatchObject({ status: "unconfigured" });
    expect((await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).lastPollError).toMatch(/Prometheus URL/);
  });
});

describe("organization Prometheus settings", () => {
  it("lets admins set the URL and token, never returns the token, audits, and tests the connection", async () => {
    const { org, members } = await orgWithMembers(["admin", "responder"]);
    const saved = await updatePrometheusSettings(members.admin.ctx, {
      url: `${prometheus.url}/`,
      bearerToken: "s3cret-token",
    });
    expect(saved).toEqual({ url: prometheus.url, bearerTokenSet: true });
    expect(JSON.stringify(await getPrometheusSettings(members.admin.ctx))).not.toContain("s3cret");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { orgId: org.id, action: "prometheus.settings_updated" },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("s3cret");
    expect(audit.after).toMatchObject({ url: prometheus.url, bearerTokenSet: true, bearerTokenChanged: true });

    // Leaving the token out keeps it; an empty one removes it.
    expect(await updatePrometheusSettings(members.admin.ctx, { url: prometheus.url })).toEqual({
      url: prometheus.url,
      bearerTokenSet: true,
    });
    expect(await updatePrometheusSettings(members.admin.ctx, { url: prometheus.url, bearerToken: "" })).toEqual({
      url: prometheus.url,
      bearerTokenSet: false,
    });

    expect((await testPrometheusConnection(members.admin.ctx)).version).toMatch(/^\d+\.\d+/);
    await expect(testPrometheusConnection(members.admin.ctx, "http://127.0.0.1:1")).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/unreachable/),
    });
    await expect(updatePrometheusSettings(members.responder.ctx, { url: "" })).rejects.toMatchObject({ status: 403 });
    await expect(getPrometheusSettings(members.responder.ctx)).rejects.toMatchObject({ status: 403 });
  });
});

describe("pg-boss job", () => {
  it("runs a poll tick from the queue and backfills up to the last complete minute", async () => {
    const sli = await prometheusSli();
    const boss = await jobQueue();
    try {
      await registerPrometheusPolling(boss, upsertSliPoints);
      await boss.send(QUEUES.sloPrometheusPoll, {});
      let polled = null;
      for (let i = 0; i < 100 && !polled; i++) {
        polled = (await db.sli.findUniqueOrThrow({ where: { id: sli.id } })).polledUntil;
        if (!polled) await new Promise((r) => setTimeout(r, 300));
      }
      expect(polled).not.toBeNull();
      expect(polled!.getTime() % 60_000).toBe(0);
      expect(await db.sliPoint.count({ where: { sliId: sli.id } })).toBe(170);
    } finally {
      // The process-wide queue stays up for other suites; only this worker and schedule go.
      await boss.offWork(QUEUES.sloPrometheusPoll);
      await boss.unschedule(QUEUES.sloPrometheusPoll);
    }
  });
});
