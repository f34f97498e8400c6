import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { closeMailer } from "@/lib/email/mailer";
import { declareIncident } from "@/lib/incidents/declare";
import { postStakeholderUpdate } from "@/lib/incidents/stakeholder-updates";
import { jobQueue } from "@/lib/jobs/queue";
import { startWorkers } from "@/lib/jobs/workers";
import { orgWithMembers, unique } from "@/tests/factories";
import { publicGet, publicPost, publishedPage, waitFor } from "@/tests/statuspage";
import { createMaintenance } from "./admin.test-helpers";
import { fanOutStatusEvent } from "./notify";
import { listSubscribers, removeSubscriber } from "./subscriptions";

// A real SMTP server and a real HTTP receiver; the configuration must be in place before the
// first module reads it.
const { smtp } = await vi.hoisted(async () => {
  const { startSmtpServer } = await import("@/tests/smtp-server");
  const smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.SMTP_FROM = "Acme status <status@acme.test>";
  process.env.SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE = "true";
  return { smtp };
});

type Hit = { headers: Record<string, string>; body: string };
const hits: Hit[] = [];
const receiver = createServer((req: IncomingMessage, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    hits.push({ headers: req.headers as Record<string, string>, body });
    res.statusCode = 204;
    res.end();
  });
});
let hookBase = "";

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  await startWorkers();
});
afterAll(async () => {
  closeMailer();
  await smtp.close();
  await new Promise<void>((r) => receiver.close(() => r()));
});

const mailTo = (to: string, subject: string) =>
  waitFor(() =>
    smtp.messages.find((m) => m.to && JSON.stringify(m.to).includes(to) && (m.subject ?? "").includes(subject)),
  );
const linkIn = (text: string, path: string) =>
  new URL(text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`))![0]);

describe("email subscriptions", () => {
  it("need a confirmation, then get incident updates with a one-click unsubscribe", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const { page, api, apiComponent } = await publishedPage(members.admin.ctx);
    const email = `${unique("reader")}@example.test`;

    const form = new URLSearchParams({
      kind: "email",
      email: email.toUpperCase(),
      componentIds: apiComponent.id,
    }).toString();
    const answer = await publicPost(page.slug, "subscribe", form);
    expect(answer.status).toBe(202);
    expect(answer.text).toContain("Check your inbox");
    expect(answer.headers.get("set-cookie")).toBeNull();

    const confirmation = await mailTo(email, "Confirm your subscription");
    expect(confirmation.from?.text).toContain("status@acme.test");
    const link = linkIn(confirmation.text!, "/subscriptions/confirm");
    const query = link.search.slice(1);
    // Opening the link (as a mail scanner would) confirms nothing: it shows a button.
    const opened = await publicGet(page.slug, `subscriptions/confirm?${query}`);
    expect(opened.status).toBe(200);
    expect(opened.text).toContain("Confirm subscription");
    expect((await db.subscriber.findFirstOrThrow({ where: { email } })).confirmedAt).toBeNull();
    const confirmed = await publicPost(page.slug, `subscriptions/confirm?${query}`, "");
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain("will receive");
    expect((await db.subscriber.findFirstOrThrow({ where: { email } })).confirmedAt).not.toBeNull();
    expect((await publicPost(page.slug, `subscriptions/confirm?${query}`, "")).status).toBe(404);

    const incident = await declareIncident(members.responder.ctx, {
      title: "Payments failing",
      severity: "SEV2",
      serviceIds: [api.id],
    });
    await postStakeholderUpdate(members.responder.ctx, incident.id, {
      visibility: "public",
      body: "Card payments fail; we are on it.",
    });
    const news = await waitFor(() =>
      smtp.messages.find(
        (m) => JSON.stringify(m.to).includes(email) && (m.text ?? "").includes("Card payments fail; we are on it."),
      ),
    );
    expect(news.subject).toContain("Payments failing");
    const header = (key: string) => news.headerLines.find((l) => l.key === key)?.line ?? "";
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const unsubscribeUrl = linkIn(header("list-unsubscribe"), "/subscriptions/unsubscribe");
    expect(news.text).toContain(unsubscribeUrl.toString());

    // RFC 8058: the mail client POSTs the List-Unsubscribe URL with this body.
    const gone = await publicPost(
      page.slug,
      `subscriptions/unsubscribe${unsubscribeUrl.search}`,
      "List-Unsubscribe=One-Click",
    );
    expect(gone.status).toBe(200);
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
  });

  it("answer the same for an address already subscribed, without sending again", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { page } = await publishedPage(members.admin.ctx);
    const email = `${unique("twice")}@example.test`;
    const body = new URLSearchParams({ kind: "email", email }).toString();
    const first = await publicPost(page.slug, "subscribe", body);
    await mailTo(email, "Confirm your subscription");
    const pending = await db.subscriber.findFirstOrThrow({ where: { email } });
    const second = await publicPost(page.slug, "subscribe", body);
    expect(second.status).toBe(first.status);
    expect(second.text).toBe(first.text);
    // No second confirmation within the resend pause: the token and its expiry are unchanged.
    expect(await db.subscriber.findFirstOrThrow({ where: { email } })).toMatchObject({
      confirmTokenHash: pending.confirmTokenHash,
      confirmExpiresAt: pending.confirmExpiresAt,
    });
  });

  it("refuse bad input precisely, as HTML for forms and JSON for API clients", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { page } = await publishedPage(members.admin.ctx);
    const json = await publicPost(page.slug, "subscribe", { kind: "email", email: "not-an-address" });
    expect(json.status).toBe(422);
    expect(JSON.parse(json.text)).toMatchObject({
      error: {
        code: "validation_failed",
        details: [{ path: "email", message: expect.stringContaining("valid email") }],
      },
    });
    const html = await publicPost(page.slug, "subscribe", "kind=pigeon");
    expect(html.status).toBe(422);
    expect(html.headers.get("content-type")).toContain("text/html");
    const foreign = await publicPost(page.slug, "subscribe", {
      kind: "webhook",
      url: `${hookBase}/x`,
      componentIds: ["zzzzzzzzzzzz"],
    });
    expect(foreign.status).toBe(422);
    expect((await publicPost(page.slug, "subscribe", "{broken", { "content-type": "application/json" })).status).toBe(
      400,
    );
  });

  it("bound the webhooks one page sends to one origin", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { page } = await publishedPage(members.admin.ctx);
    for (let i = 0; i < 5; i++)
      expect(
        (await publicPost(page.slug, "subscribe", { kind: "webhook", url: `https://hooks.example.test/${i}` })).status,
      ).toBe(201);
    const sixth = await publicPost(page.slug, "subscribe", { kind: "webhook", url: "https://hooks.example.test/6" });
    expect(sixth.status).toBe(409);
    expect(JSON.parse(sixth.text)).toMatchObject({
      error: { message: expect.stringContaining("https://hooks.example.test") },
    });
    expect(
      (await publicPost(page.slug, "subscribe", { kind: "webhook", url: "https://hooks.example.test.other.example/x" }))
        .status,
    ).toBe(201);
  });
});

describe("webhook subscriptions", () => {
  it("receive signed Statuspage-style payloads of public incidents and maintenance, never of private ones", async () => {
    const { org, members } = await orgWithMembers(["admin", "responder"]);
    const { page, api, web, webComponent } = await publishedPage(members.admin.ctx);
    const url = `${hookBase}/${unique("hook")}`;
    const subscribed = await publicPost(page.slug, "subscribe", {
      kind: "webhook",
      url,
      componentIds: [webComponent.id],
    });
    expect(subscribed.status).toBe(201);
    const { secret, unsubscribe_url } = JSON.parse(subscribed.text) as { secret: string; unsubscribe_url: string };
    expect(secret).toMatch(/^whsec_/);
    expect((await publicPost(page.slug, "subscribe", { kind: "webhook", url })).status).toBe(409);

    const hidden = await declareIncident(members.responder.ctx, {
      title: "PRIVATE breach",
      severity: "SEV1",
      serviceIds: [web.id],
      private: true,
    });
    const boss = await jobQueue();
    expect(
      await fanOutStatusEvent(boss, { kind: "incident", orgId: org.id, incidentId: hidden.id, reason: "created" }),
    ).toBe(0);
    const apiOnly = await declareIncident(members.responder.ctx, {
      title: "API only",
      severity: "SEV3",
      serviceIds: [api.id],
    });
    expect(
      await fanOutStatusEvent(boss, { kind: "incident", orgId: org.id, incidentId: apiOnly.id, reason: "created" }),
    ).toBe(0);

    const shown = await declareIncident(members.responder.ctx, {
      title: "Website slow",
      severity: "SEV3",
      serviceIds: [web.id],
    });
    await postStakeholderUpdate(members.responder.ctx, shown.id, {
      visibility: "public",
      body: "Pages load slowly; a fix is deploying.",
    });
    const hit = await waitFor(() => hits.find((h) => h.body.includes("Pages load slowly")));
    const payload = new Webhook(secret).verify(hit.body, hit.headers) as {
      meta: { unsubscribe: string };
      page: { id: string; status_indicator: string };
      incident: {
        name: string;
        impact: string;
        shortlink: string;
        incident_updates: { body: string }[];
        components: { id: string }[];
      };
    };
    expect(payload.meta.unsubscribe).toBe(unsubscribe_url);
    expect(payload.page).toMatchObject({ id: page.id, status_indicator: "minor" });
    expect(payload.incident).toMatchObject({ name: "Website slow", impact: "minor" });
    expect(payload.incident.incident_updates[0]!.body).toBe("Pages load slowly; a fix is deploying.");
    expect(payload.incident.components.map((c) => c.id)).toEqual([webComponent.id]);

    await createMaintenance(members.responder.ctx, page.id, {
      name: "CDN change",
      scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
      scheduledUntil: new Date(Date.now() + 7_200_000).toISOString(),
      componentIds: [webComponent.id],
      body: "We switch CDN providers.",
    });
    const maintenance = await waitFor(() => hits.find((h) => h.body.includes("We switch CDN providers.")));
    expect(
      (
        new Webhook(secret).verify(maintenance.body, maintenance.headers) as {
          incident: { impact: string; status: string };
        }
      ).incident,
    ).toMatchObject({ impact: "maintenance", status: "scheduled" });
    expect(hits.some((h) => h.body.includes("PRIVATE") || h.body.includes("API only"))).toBe(false);

    const [row] = await listSubscribers(members.admin.ctx, page.id);
    expect(row).toMatchObject({ kind: "webhook", webhookUrl: url, lastDeliveryError: null });
    expect(row!.lastDeliveredAt).not.toBeNull();
    await expect(listSubscribers(members.responder.ctx, page.id)).rejects.toMatchObject({ status: 403 });
    await removeSubscriber(members.admin.ctx, row!.id);
    expect(await listSubscribers(members.admin.ctx, page.id)).toEqual([]);
  });
});
