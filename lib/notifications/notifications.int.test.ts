import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/workers";
import { publishNotification } from "@/lib/notifications/publish";
import { Webhook } from "standardwebhooks";
import { createTarget, sendTestNotification } from "@/lib/notifications/targets";
import { orgWithMembers } from "@/tests/factories";

type Received = { headers: Headers; body: string };
const received: Received[] = [];
let failNext = 0;
const server = createServer((req: IncomingMessage, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ headers: new Headers(req.headers as Record<string, string>), body });
    res.statusCode = failNext-- > 0 ? 503 : 204;
    res.end();
  });
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await startWorkers();
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("outbound notifications", () => {
  it("delivers a signed message after the transaction commits and logs the attempt", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const { target, secret } = await createTarget(members.admin.ctx, {
      name: "hook",
      kind: "webhook",
      url,
      events: ["incident.declared"],
    });
    const queued = await db.$transaction((tx) =>
      publishNotification(tx, {
        type: "incident.declared",
        orgId: org.id,
        private: false,
        title: "INC-1 declared",
        text: "SEV2",
        data: { n: 1 },
        occurredAt: new Date(),
      }),
    );
    expect(queued).toBe(1);
    const hit = await waitFor(() => received.find((r) => r.body.includes("INC-1 declared")));
    expect(new Webhook(secret).verify(hit.body, Object.fromEntries(hit.headers))).toMatchObject({
      title: "INC-1 declared",
    });
    const log = await waitFor(
      async () => (await db.notificationDelivery.findFirst({ where: { targetId: target.id } })) ?? undefined,
    );
    expect(log).toMatchObject({ status: "delivered", responseCode: 204, attempt: 1, event: "incident.declared" });
  });

  it("queues nothing when the transaction rolls back, and skips targets not subscribed", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    await createTarget(members.admin.ctx, { name: "only-slo", kind: "webhook", url, events: ["slo.alert_fired"] });
    const skipped = await db.$transaction((tx) =>
      publishNotification(tx, {
        type: "incident.declared",
        orgId: org.id,
        private: false,
        title: "not for slo",
        text: "",
        data: {},
        occurredAt: new Date(),
      }),
    );
    expect(skipped).toBe(0);
    await expect(
      db.$transaction(async (tx) => {
        await publishNotification(tx, {
          type: "slo.alert_fired",
          orgId: org.id,
          private: false,
          title: "rolled back alert",
          text: "",
          data: {},
          occurredAt: new Date(),
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await new Promise((r) => setTimeout(r, 2_000));
    expect(received.some((r) => r.body.includes("rolled back alert"))).toBe(false);
  });

  it("records a failed attempt and leaves the job to be retried", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { target } = await createTarget(members.admin.ctx, { name: "flaky", kind: "slack", url, events: [] });
    failNext = 1;
    await sendTestNotification(members.admin.ctx, target.id);
    const first = await waitFor(
      async () => (await db.notificationDelivery.findFirst({ where: { targetId: target.id } })) ?? undefined,
    );
    expect(first).toMatchObject({ status: "failed", responseCode: 503, error: "HTTP 503", attempt: 1 });
    const slack = received.find((r) => r.body.includes("Test notification from Vigil"));
    expect(JSON.parse(slack!.body).blocks).toBeDefined();
  });
});
