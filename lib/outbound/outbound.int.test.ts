import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { deliver } from "@/lib/notifications/deliver";
import { toMessage } from "@/lib/notifications/core/events";
import { createTarget } from "@/lib/notifications/targets";
import { queryMinutes } from "@/lib/slo/prometheus/client";
import { testPrometheusConnection, updatePrometheusSettings } from "@/lib/slo/prometheus/settings";
import { postSignedJson } from "@/lib/statuspage/webhook-post";
import { orgWithMembers } from "@/tests/factories";
import { parseNetworks, type OutboundPolicy } from "./core/policy";
import { adminPolicy, OutboundRefused, outboundRequest } from "./request";

// This file runs as a default installation would: loopback and private addresses not allowed
// (the integration project allows them for every other file). Set before any module reads env().
const saved = vi.hoisted(() => {
  const before = process.env.OUTBOUND_ALLOW_PRIVATE;
  process.env.OUTBOUND_ALLOW_PRIVATE = "false";
  return before;
});

let hits = 0;
const receiver = createServer((req, res) => {
  hits++;
  req.resume();
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ status: "success", data: { version: "2.42.0" } }));
});
let base = "";
let port = 0;

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  port = (receiver.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.OUTBOUND_ALLOW_PRIVATE;
  else process.env.OUTBOUND_ALLOW_PRIVATE = saved;
  await new Promise<void>((r) => receiver.close(() => r()));
});

const loopbackAllowed: OutboundPolicy = { allowPrivate: true, allowedNetworks: [], setting: "OUTBOUND_ALLOW_PRIVATE" };
const everythingListed: OutboundPolicy = { ...loopbackAllowed, allowedNetworks: parseNetworks("0.0.0.0/0,::/0") };
const get = (url: string, policy: OutboundPolicy) => outboundRequest(url, { timeoutMs: 3_000, policy });

describe("the outbound guard", () => {
  it("refuses a receiver on 127.0.0.1 unless loopback is allowed, and reaches it when it is", async () => {
    hits = 0;
    await expect(get(`${base}/x`, adminPolicy())).rejects.toThrow(
      /127\.0\.0\.1 is a loopback address.*OUTBOUND_ALLOW_PRIVATE=true/,
    );
    expect(hits).toBe(0);
    expect((await get(`${base}/x`, loopbackAllowed)).status).toBe(200);
    const listed: OutboundPolicy = { ...adminPolicy(), allowedNetworks: parseNetworks("127.0.0.1/32") };
    expect((await get(`${base}/x`, listed)).status).toBe(200);
    expect(hits).toBe(2);
  });

  it("refuses a host name that resolves to loopback when it connects, after DNS", async () => {
    hits = 0;
    await expect(get(`http://localhost:${port}/x`, adminPolicy())).rejects.toThrow(/localhost resolves to .* loopback/);
    expect(hits).toBe(0);
  });

  it("never connects to link-local or metadata addresses, whatever is allowed", async () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[::ffff:169.254.169.254]/latest/meta-data/",
      "http://[fd00:ec2::254]/latest/meta-data/",
      "http://[fe80::1]/",
      "http://metadata.google.internal/computeMetadata/v1/",
    ]) {
      const started = Date.now();
      await expect(get(url, everythingListed), url).rejects.toBeInstanceOf(OutboundRefused);
      expect(Date.now() - started, url).toBeLessThan(1_000); // refused, not timed out
    }
  });

  it("guards status page subscriber webhooks with the same rules", async () => {
    hits = 0;
    const post = (url: string, policy: OutboundPolicy) => postSignedJson(url, "whsec_dGVzdA==", "msg_1", "{}", policy);
    await expect(post(`${base}/hook`, { ...adminPolicy(), allowPrivate: false })).rejects.toBeInstanceOf(
      OutboundRefused,
    );
    await expect(post("http://169.254.169.254/hook", loopbackAllowed)).rejects.toBeInstanceOf(OutboundRefused);
    expect(hits).toBe(0);
    expect(await post(`${base}/hook`, loopbackAllowed)).toBe(200);
  });
});

describe("notification targets", () => {
  it("refuse loopback, localhost and metadata URLs when saved, naming the field", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    for (const url of [`${base}/hook`, `http://localhost:${port}/hook`, "http://169.254.169.254/latest/meta-data/"]) {
      await expect(
        createTarget(members.admin.ctx, { name: "internal", kind: "webhook", url, events: [] }),
        url,
      ).rejects.toMatchObject({ status: 422, details: [{ path: "url" }] });
    }
    expect(await db.notificationTarget.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("are refused at delivery too, for a URL stored before (or resolving elsewhere since)", async () => {
    const { org } = await orgWithMembers(["admin"]);
    const target = await db.notificationTarget.create({
      data: { orgId: org.id, name: "old", kind: "webhook", url: `${base}/hook`, secret: "whsec_dGVzdA==", events: [] },
    });
    hits = 0;
    const message = toMessage("evt_outbound_1", {
      type: "test",
      orgId: org.id,
      private: false,
      title: "t",
      text: "",
      data: {},
      occurredAt: new Date(),
    });
    await expect(deliver({ targetId: target.id, message }, 1)).rejects.toThrow(/Refused: 127\.0\.0\.1/);
    expect(hits).toBe(0);
    const attempt = await db.notificationDelivery.findFirstOrThrow({ where: { targetId: target.id } });
    expect(attempt).toMatchObject({ status: "failed", responseCode: null });
  });
});

describe("Prometheus", () => {
  it("refuses loopback and metadata URLs when saved and when tested, naming the field", async () => {
    const { members } = await orgWithMembers(["admin"]);
    await expect(updatePrometheusSettings(members.admin.ctx, { url: base })).rejects.toMatchObject({
      status: 422,
      details: [{ path: "url" }],
    });
    hits = 0;
    for (const url of [base, "http://169.254.169.254", "http://[::ffff:a9fe:a9fe]"])
      await expect(testPrometheusConnection(members.admin.ctx, url), url).rejects.toMatchObject({
        status: 422,
        details: [{ path: "url" }],
      });
    expect(hits).toBe(0);
  });

  it("the poller is refused at connect time", async () => {
    hits = 0;
    await expect(queryMinutes({ url: base }, "up", 0, 60_000)).rejects.toThrow(/unreachable: Refused: 127\.0\.0\.1/);
    expect(hits).toBe(0);
  });
});
