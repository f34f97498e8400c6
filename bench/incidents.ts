// `npm run bench:incidents`: figures for issue 4's performance aims, on a scratch embedded
// PostgreSQL and two `next start` instances on free ports. Prints, never asserts.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { setDatabaseUrl } from "../lib/env";
import { ms, percentile, say, startInstance, stopInstance, type Instance } from "./support";

const PASSWORD = "bench-password-123";
const TIMELINE_EVENTS = 10_000;
const PAGE_SAMPLES = 40;
const VIEWERS = 200;
const SSE_ROUNDS = 10;
const ALERTS = 2_000;
const ALERTS_PER_PAYLOAD = 20;
const CONCURRENCY = 8;
const POOL = { DATABASE_POOL_MAX: "20" };

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
    redirect: "manual",
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function alertmanagerPayload(group: number) {
  return {
    version: "4",
    groupKey: `{}:{alertname="Bench${group}"}`,
    status: "firing",
    receiver: "vigil",
    groupLabels: { alertname: `Bench${group}` },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager",
    truncatedAlerts: 0,
    alerts: Array.from({ length: ALERTS_PER_PAYLOAD }, (_, i) => ({
      status: "firing",
      labels: { alertname: `Bench${group}`, instance: `host-${i}`, severity: "warning" },
      annotations: { summary: `Bench group ${group}` },
      startsAt: "2026-11-23T10:00:00Z",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "",
      fingerprint: `g${group}-a${i}`,
    })),
  };
}

async function benchAlerts(instances: Instance[], token: string, orgId: string) {
  const payloads = Array.from({ length: ALERTS / ALERTS_PER_PAYLOAD }, (_, g) => [
    alertmanagerPayload(g),
    alertmanagerPayload(g),
  ]).flat();
  const failures: number[] = [];
  let i = 0;
  const started = performance.now();
  await pool(payloads, CONCURRENCY, async (payload) => {
    const base = instances[i++ % instances.length]!.url;
    const res = await fetch(`${base}/api/v1/integrations/alertmanager`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    if (!res.ok) failures.push(res.status);
    await res.arrayBuffer();
  });
  const seconds = (performance.now() - started) / 1000;
  const sent = payloads.length * ALERTS_PER_PAYLOAD;
  if (failures.length === payloads.length) {
    say(`alertmanager webhook: not measured (every delivery failed: ${[...new Set(failures)].join(", ")})`);
    return;
  }
  say(
    `alertmanager webhook: ${sent} alerts (${ALERTS} distinct, each delivered twice) in ${payloads.length} deliveries, ${CONCURRENCY} concurrent, over 2 instances`,
  );
  say(
    `  ${(sent / seconds).toFixed(0)} alerts/s received with de-duplication (${seconds.toFixed(1)} s)${failures.length ? `; ${failures.length} failed: ${[...new Set(failures)].join(", ")}` : ""}`,
  );
  const { db } = await import("../lib/db");
  const [incidents, alerts, fired] = await Promise.all([
    db.incident.count({ where: { orgId, source: "alertmanager" } }),
    db.externalAlert.count({ where: { orgId } }),
    db.timelineEvent.count({ where: { orgId, kind: "alert.fired" } }),
  ]);
  say(
    `  afterwards: ${incidents} incidents (expected ${ALERTS / ALERTS_PER_PAYLOAD}), ${alerts} alerts stored and ${fired} on timelines (expected ${ALERTS} each)`,
  );
}

export type BenchContext = { instances: Instance[]; token: string; slug: string; email: string; orgId: string };

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "vigil-bench-"));
  const database = await startEmbeddedDatabase(dir);
  const instances: Instance[] = [];
  try {
    await applyMigrations(database.url);
    setDatabaseUrl(database.url);
    const { db, dbPool } = await import("../lib/db");
    const { createApiToken } = await import("../lib/tokens/service");
    const slug = `bench-${randomBytes(3).toString("hex")}`;
    const org = await db.organization.create({
      data: { slug, name: "Bench" },
      select: { id: true, slug: true, name: true },
    });
    const email = `owner@${slug}.test`;
    const user = await db.user.create({ data: { email, name: "Bench owner", passwordHash: await hash(PASSWORD) } });
    await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "owner" } });
    const { secret: token } = await createApiToken(
      { org, actor: { type: "system", id: "bench", label: "bench" } },
      { name: "bench", scopes: ["read", "write"] },
    );

    say("starting two instances…");
    instances.push(...(await Promise.all([startInstance(database.url, POOL), startInstance(database.url, POOL)])));
    const ctx: BenchContext = { instances, token, slug, email, orgId: org.id };

    const { benchIncidentPage, benchLiveViewers } = await import("./incidents-live");
    await benchIncidentPage(ctx, { events: TIMELINE_EVENTS, samples: PAGE_SAMPLES, signIn, percentile, ms, say });
    await benchLiveViewers(ctx, { viewers: VIEWERS, rounds: SSE_ROUNDS, signIn, percentile, ms, say });
    await benchAlerts(instances, token, org.id);
    await db.$disconnect();
    await dbPool.end();
  } finally {
    await Promise.all(instances.map(stopInstance));
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
