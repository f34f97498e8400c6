import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/queue";
import { upsertSliPoints } from "@/lib/slo/slis";
import { startPrometheus, type PrometheusServer } from "@/tests/prometheus-server";
import { orgWithMembers, unique } from "@/tests/factories";
import { queryMinutes } from "./client";
import { PROMETHEUS_POLL_QUEUE, registerPrometheusPolling } from "./job";
import { pollAllPrometheusSlis, pollSli } from "./poll";
import { getPrometheusSettings, testPrometheusConnection, updatePrometheusSettings } from "./settings";

const MIN = 60_000;
const HOUR = 60 * MIN;
// Three hours of exact data well in the past: 200s grow by 10 and 500s by 1 every 15 s
// (40 good and 44 total requests per minute), with no samples at all in [HOLE, HOLE + 10 min).
const S = Math.floor(Date.now() / HOUR) * HOUR - 8 * HOUR;
const HOLE = S + 60 * MIN;
const GOOD = 'sum(rate(http_requests_total{code!~"5.."}[1m]))';
const TOTAL = "sum(rate(http_requests_total[1m]))";

function openMetrics(): string {
  const lines = ["# HELP http_requests_total Requests.", "# TYPE http_requests_total counter"];
  for (const [code, step] of [["200", 10], ["500", 1]] as const) {
    for (let t = S, i = 0; t <= S + 3 * HOUR; t += 15_000, i++) {
      if (t >= HOLE && t < HOLE + 10 * MIN) continue;
      lines.push(`http_requests_total{code="${code}"} ${i * step} ${t / 1000}`);
    }
  }
  return `${lines.join("\n")}\n# EOF\n`;
}

let prometheus: PrometheusServer;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics());
}, 60_000);
afterAll(async () => {
  await prometheus?.cleanup();
});

async function prometheusSli() {
  const { org } = await orgWithMembers(["admin"]);
  await db.organization.update({ where: { id: org.id }, data: { prometheusUrl: prometheus.url } });
  const service = await db.service.create({ data: { orgId: org.id, slug: unique("svc"), name: "API" } });
  return db.sli.create({ data: { orgId: org.id, serviceId: service.id, name: unique("availability"), kind: "ratio", source: "prometheus", goodQuery: GOOD, totalQuery: TOTAL } });
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

    expect(await pollSli(sli.id, upsertSliPoints, S + 2 * HOUR + 30 * MIN + 50_000)).toMatchObject({ status: "up-to-date" });
  }, 60_000);

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
    const saved = await updatePrometheusSettings(members.admin.ctx, { url: `${prometheus.url}/`, bearerToken: "s3cret-token" });
    expect(saved).toEqual({ url: prometheus.url, bearerTokenSet: true });
    expect(JSON.stringify(await getPrometheusSettings(members.admin.ctx))).not.toContain("s3cret");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.id, action: "prometheus.settings_updated" } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("s3cret");
    expect(audit.after).toMatchObject({ url: prometheus.url, bearerTokenSet: true, bearerTokenChanged: true });

    // Leaving the token out keeps it; an empty one removes it.
    expect(await updatePrometheusSettings(members.admin.ctx, { url: prometheus.url })).toEqual({ url: prometheus.url, bearerTokenSet: true });
    expect(await updatePrometheusSettings(members.admin.ctx, { url: prometheus.url, bearerToken: "" })).toEqual({ url: prometheus.url, bearerTokenSet: false });

    expect((await testPrometheusConnection(members.admin.ctx)).version).toMatch(/^\d+\.\d+/);
    await expect(testPrometheusConnection(members.admin.ctx, "http://127.0.0.1:1")).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/unreachable/) });
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
      await boss.send(PROMETHEUS_POLL_QUEUE, {});
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
      await boss.offWork(PROMETHEUS_POLL_QUEUE);
      await boss.unschedule(PROMETHEUS_POLL_QUEUE);
    }
  });
});
