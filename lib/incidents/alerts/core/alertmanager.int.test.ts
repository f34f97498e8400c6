import { createServer, type Server } from "node:http";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/integrations/alertmanager/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/service";
import { freePort, startAlertmanager, type AlertmanagerServer } from "@/tests/alertmanager-server";
import { orgWithMembers, unique } from "@/tests/factories";

// Real Alertmanager → real HTTP → Vigil's route handler → PostgreSQL.
let server: Server;
let alertmanager: AlertmanagerServer;
let orgId: string;
let token: string;
let vigilUrl: string;
const deliveries: number[] = [];

async function until<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  const { org, members } = await orgWithMembers(["admin"]);
  orgId = org.id;
  const { secret } = await createApiToken(members.admin.ctx, { name: "alertmanager", scopes: ["write"] });
  token = secret;
  const port = await freePort();
  vigilUrl = `http://127.0.0.1:${port}/api/v1/integrations/alertmanager`;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const request = new NextRequest(`http://127.0.0.1:${port}${req.url}`, {
          method: req.method ?? "POST",
          headers: Object.entries(req.headers).flatMap(([k, v]) =>
            typeof v === "string" ? [[k, v] as [string, string]] : [],
          ),
          body: Buffer.concat(chunks),
        });
        const response = await POST(request, { params: Promise.resolve({}) });
        deliveries.push(response.status);
        res.writeHead(response.status, { "content-type": "application/json" });
        res.end(await response.text());
      })();
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  alertmanager = await startAlertmanager({
    webhookUrl: `http://127.0.0.1:${port}/api/v1/integrations/alertmanager`,
    token: secret,
  });
}, 60_000);

afterAll(async () => {
  await alertmanager?.stop();
  await new Promise((r) => server?.close(r));
});

describe("Alertmanager → Vigil", () => {
  it("declares one incident, de-duplicates repeats, and records resolution without resolving", async () => {
    const alertname = unique("HighErrorRate");
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const labels = { alertname, severity: "critical", instance: "web-1" };
    const annotations = { summary: "Checkout 5xx above 5%" };
    await alertmanager.postAlerts([{ labels, annotations, startsAt }]);

    const incidents = () =>
      db.incident.findMany({
        where: { orgId, source: "alertmanager" },
        select: { id: true, title: true, severity: true, status: true },
      });
    const [incident] = await until("the incident", incidents, (list) => list.length > 0);
    expect(incident).toMatchObject({ title: "Checkout 5xx above 5%", severity: "SEV1", status: "investigating" });

    // A second alert of the same group joins the open incident.
    await alertmanager.postAlerts([{ labels: { ...labels, instance: "web-2" }, annotations, startsAt }]);
    await until(
      "the second alert",
      () => db.externalAlert.count({ where: { orgId } }),
      (n) => n === 2,
    );
    // Let Alertmanager repeat the group notification and Prometheus-style re-posts arrive.
    await alertmanager.postAlerts([{ labels, annotations, startsAt }]);
    const okBefore = deliveries.filter((s) => s === 200).length;
    await until(
      "repeated deliveries",
      async () => deliveries.filter((s) => s === 200).length,
      (n) => n >= okBefore + 2,
    );

    expect(await incidents()).toHaveLength(1);
    const fired = await db.timelineEvent.count({ where: { incidentId: incident!.id, kind: "alert.fired" } });
    expect(fired).toBe(2);
    const alerts = await db.externalAlert.findMany({ where: { orgId } });
    expect(alerts.every((a) => a.incidentId === incident!.id && a.status === "firing")).toBe(true);

    await alertmanager.postAlerts([
      { labels, annotations, startsAt, endsAt: new Date().toISOString() },
      { labels: { ...labels, instance: "web-2" }, annotations, startsAt, endsAt: new Date().toISOString() },
    ]);
    await until(
      "resolution on the timeline",
      () => db.timelineEvent.count({ where: { incidentId: incident!.id, kind: "alert.resolved" } }),
      (n) => n === 2,
    );
    expect(await db.externalAlert.count({ where: { orgId, status: "resolved" } })).toBe(2);
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident!.id } });
    expect(after.status).not.toBe("resolved");
    expect(after.resolvedAt).toBeNull();
    expect(deliveries.every((s) => s === 200)).toBe(true);
  }, 60_000);

  it("answers a payload it cannot use with 422 and what to fix, and a read-only token with 403", async () => {
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const old = await fetch(vigilUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ version: "3", groupKey: "g", status: "firing", receiver: "r", alerts: [] }),
    });
    expect(old.status).toBe(422);
    const details = ((await old.json()) as { error: { details: { path: string; message: string }[] } }).error.details;
    expect(details.find((d) => d.path === "version")?.message).toContain("version 4");
    const { members } = await orgWithMembers(["admin"]);
    const { secret } = await createApiToken(members.admin.ctx, { name: "ro", scopes: ["read"] });
    const alert = {
      status: "firing",
      labels: { alertname: "X" },
      annotations: {},
      startsAt: new Date().toISOString(),
      fingerprint: "f1",
    };
    const valid = { version: "4", groupKey: "g", status: "firing", receiver: "r", alerts: [alert] };
    const refused = await fetch(vigilUrl, {
      method: "POST",
      headers: { ...headers, authorization: `Bearer ${secret}` },
      body: JSON.stringify(valid),
    });
    expect(refused.status).toBe(403);
  });
});
