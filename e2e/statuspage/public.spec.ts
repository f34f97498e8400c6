import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { INSTANCE_A, INSTANCE_B } from "../../playwright.config";
import { expect, test } from "../support/fixtures";
import { as, PUBLIC_FILES, publicFile, publishedPage, summary, userId } from "./support";

const POLL = { timeout: 15_000, intervals: [100, 250, 500] };

test("[STATUSPAGE]: a Communications Lead's public update is on the other instance's page and summary.json within seconds", async ({
  browser,
  org,
}) => {
  const admin = await as(browser, org, "admin");
  const lead = await as(browser, org, "responder");
  try {
    const { headers, page: statusPage, api } = await publishedPage(admin.request, org);
    const created = await lead.request.post("/api/v1/incidents", {
      headers,
      data: { title: "Card payments failing", severity: "SEV2", serviceIds: [api.id] },
    });
    const incident = (await created.json()) as { id: string; number: number };
    const assigned = await lead.request.put(`/api/v1/incidents/${incident.id}/roles`, {
      headers,
      data: { action: "assign", roleKey: "communications", userId: await userId(org.users.responder.email) },
    });
    expect(assigned.status()).toBe(200);

    // The Communications Lead writes on instance A, in the incident room.
    const room = await lead.newPage();
    await room.goto(`/${org.slug}/incidents/${incident.number}`);
    await expect(room.getByTestId("role-communications")).toContainText(org.users.responder.name);
    await room
      .getByPlaceholder("What is affected, what we are doing, when the next update comes.")
      .fill("Card payments fail for some customers; a fix is rolling out.");
    await room.getByLabel("Visibility").selectOption("public");
    await room.getByRole("button", { name: "Post update" }).click();
    await expect(
      room.getByText("Card payments fail for some customers; a fix is rolling out.", { exact: true }),
    ).toBeVisible();

    // Readers on instance B see it: the JSON API and the page.
    await expect
      .poll(
        async () =>
          (await summary(INSTANCE_B, statusPage.slug)).incidents
            .map((i) => i.incident_updates.map((u) => u.body))
            .flat(),
        POLL,
      )
      .toContain("Card payments fail for some customers; a fix is rolling out.");
    const reader = await browser.newContext();
    const publicPage = await reader.newPage();
    await expect(async () => {
      await publicPage.goto(`${INSTANCE_B}/status/${statusPage.slug}`);
      await expect(publicPage.getByRole("region", { name: "Current incidents" })).toContainText(
        "Card payments fail for some customers; a fix is rolling out.",
        { timeout: 500 },
      );
    }).toPass(POLL);
    await expect(publicPage.getByText("Partial System Outage")).toBeVisible();
    expect(await reader.cookies()).toEqual([]);
    await reader.close();
  } finally {
    await admin.close();
    await lead.close();
  }
});

test("[STATUSPAGE]: a private incident appears nowhere public, on either instance", async ({ browser, org }) => {
  const admin = await as(browser, org, "admin");
  try {
    const { headers, page: statusPage, api } = await publishedPage(admin.request, org);
    const hidden = (await (
      await admin.request.post("/api/v1/incidents", {
        headers,
        data: { title: "PRIVATE key leak", severity: "SEV1", serviceIds: [api.id], private: true },
      })
    ).json()) as { id: string };
    expect(
      (
        await admin.request.post(`/api/v1/incidents/${hidden.id}/updates`, {
          headers,
          data: { visibility: "public", body: "PRIVATE rotating every key" },
        })
      ).status(),
    ).toBe(201);
    // A public incident declared afterwards: once it shows, the private one has had its chance to.
    await admin.request.post("/api/v1/incidents", {
      headers,
      data: { title: "Search is slow", severity: "SEV3", serviceIds: [api.id] },
    });
    for (const base of [INSTANCE_A, INSTANCE_B]) {
      await expect
        .poll(async () => (await summary(base, statusPage.slug)).incidents.map((i) => i.name), POLL)
        .toContain("Search is slow");
      for (const file of PUBLIC_FILES) {
        const body = await publicFile(base, statusPage.slug, file);
        expect(body.status, file).toBe(200);
        expect(body.text, `${base} ${file}`).not.toContain("PRIVATE");
      }
      // A SEV1 would make it a critical outage; only the public SEV3 counts.
      expect((await summary(base, statusPage.slug)).status.indicator).toBe("minor");
    }
  } finally {
    await admin.close();
  }
});

test("[STATUSPAGE]: a component's status follows its incident", async ({ browser, org }) => {
  const admin = await as(browser, org, "admin");
  try {
    const { headers, page: statusPage, api, apiComponent, webComponent } = await publishedPage(admin.request, org);
    const statusOf = async (base: string, id: string) =>
      (await summary(base, statusPage.slug)).components.find((c) => c.id === id)?.status;
    const incident = (await (
      await admin.request.post("/api/v1/incidents", {
        headers,
        data: { title: "Checkout down", severity: "SEV1", serviceIds: [api.id] },
      })
    ).json()) as { id: string; version: number };
    for (const base of [INSTANCE_A, INSTANCE_B]) {
      await expect.poll(() => statusOf(base, apiComponent.id), POLL).toBe("major_outage");
      expect(await statusOf(base, webComponent.id)).toBe("operational");
    }
    const reader = await browser.newPage();
    await reader.goto(`${INSTANCE_B}/status/${statusPage.slug}`);
    await expect(reader.locator(`[data-component="${apiComponent.id}"]`)).toContainText("Major outage");
    await reader.close();

    const resolved = await admin.request.patch(`/api/v1/incidents/${incident.id}`, {
      headers: { ...headers, "if-match": `"${incident.version}"` },
      data: { status: "resolved" },
    });
    expect(resolved.status()).toBe(200);
    for (const base of [INSTANCE_A, INSTANCE_B])
      await expect.poll(() => statusOf(base, apiComponent.id), POLL).toBe("operational");
  } finally {
    await admin.close();
  }
});

test("[STATUSPAGE]: scheduled maintenance starts and ends by itself", async ({ browser, org }) => {
  const responder = await as(browser, org, "responder");
  const admin = await as(browser, org, "admin");
  try {
    const { headers, page: statusPage, webComponent } = await publishedPage(admin.request, org);
    const start = new Date(Date.now() + 4_000);
    const end = new Date(start.getTime() + 5_000);
    const created = await responder.request.post(`/api/v1/status-pages/${statusPage.id}/maintenances`, {
      headers,
      data: {
        name: "CDN switch",
        scheduledFor: start.toISOString(),
        scheduledUntil: end.toISOString(),
        componentIds: [webComponent.id],
        body: "We move to a new CDN.",
      },
    });
    expect(created.status()).toBe(201);
    const maintenance = (await created.json()) as { id: string };
    const state = async () => {
      const s = await summary(INSTANCE_B, statusPage.slug);
      return {
        maintenance: s.scheduled_maintenances.find((m) => m.id === maintenance.id)?.status ?? "gone",
        component: s.components.find((c) => c.id === webComponent.id)?.status,
      };
    };
    expect((await state()).maintenance).toBe("scheduled");
    await expect.poll(state, POLL).toEqual({ maintenance: "in_progress", component: "under_maintenance" });
    // Completed maintenance leaves summary.json (upcoming and active only) and the component is back.
    await expect.poll(state, POLL).toEqual({ maintenance: "gone", component: "operational" });
    const all = JSON.parse(
      (await publicFile(INSTANCE_A, statusPage.slug, "api/v2/scheduled-maintenances.json")).text,
    ) as { scheduled_maintenances: { id: string; status: string }[] };
    expect(all.scheduled_maintenances.find((m) => m.id === maintenance.id)?.status).toBe("completed");
  } finally {
    await responder.close();
    await admin.close();
  }
});

test("[STATUSPAGE]: a webhook subscribed on the public page receives the next public update, signed", async ({
  browser,
  org,
}) => {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const receiver = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/status-hook`;
  const admin = await as(browser, org, "admin");
  const reader = await browser.newContext();
  try {
    const { headers, page: statusPage, api, apiComponent } = await publishedPage(admin.request, org);
    const page = await reader.newPage();
    await page.goto(`${INSTANCE_B}/status/${statusPage.slug}`);
    await page.getByText("By webhook").click();
    const form = page.locator("form", { has: page.getByLabel("Webhook URL") });
    await form.getByLabel("Webhook URL").fill(hook);
    await form.getByLabel("Checkout").check();
    await form.getByRole("button", { name: "Subscribe the webhook" }).click();
    await expect(page.getByRole("heading", { name: "Webhook subscribed" })).toBeVisible();
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec(await page.locator("main").innerText())![0];

    const incident = (await (
      await admin.request.post("/api/v1/incidents", {
        headers,
        data: { title: "Checkout latency", severity: "SEV3", serviceIds: [api.id] },
      })
    ).json()) as { id: string };
    await admin.request.post(`${INSTANCE_B}/api/v1/incidents/${incident.id}/updates`, {
      headers,
      data: { visibility: "public", body: "Checkout is slow; we added capacity." },
    });
    await expect
      .poll(() => received.find((r) => r.body.includes("Checkout is slow; we added capacity.")) !== undefined, {
        timeout: 20_000,
      })
      .toBe(true);
    const hit = received.find((r) => r.body.includes("Checkout is slow; we added capacity."))!;
    const payload = new Webhook(secret).verify(hit.body, hit.headers) as {
      page: { id: string };
      incident: { name: string; components: { id: string }[] };
      meta: { unsubscribe: string };
    };
    expect(payload.page.id).toBe(statusPage.id);
    expect(payload.incident.name).toBe("Checkout latency");
    expect(payload.incident.components.map((c) => c.id)).toEqual([apiComponent.id]);
    expect(payload.meta.unsubscribe).toContain("/subscriptions/unsubscribe?token=");
  } finally {
    await reader.close();
    await admin.close();
    await new Promise<void>((r) => receiver.close(() => r()));
  }
});

test("[STATUSPAGE]: public responses set no cookie, carry ETags and answer 304; a custom host name serves its page", async ({
  browser,
  org,
}) => {
  const admin = await as(browser, org, "admin");
  try {
    const { page: statusPage, headers } = await publishedPage(admin.request, org);
    for (const base of [INSTANCE_A, INSTANCE_B]) {
      for (const file of PUBLIC_FILES) {
        const first = await publicFile(base, statusPage.slug, file);
        expect(first.status, file).toBe(200);
        expect(first.headers.get("set-cookie"), file).toBeNull();
        expect(first.headers.get("cache-control"), file).toContain("public");
        const etag = first.headers.get("etag")!;
        expect(etag, file).toMatch(/^W\/"/);
        const again = await publicFile(base, statusPage.slug, file, { "if-none-match": etag });
        expect(again.status, file).toBe(304);
        expect(again.headers.get("set-cookie"), file).toBeNull();
      }
    }
    const host = `status-${statusPage.slug}.example.test`;
    expect(
      (
        await admin.request.patch(`/api/v1/status-pages/${statusPage.id}`, { headers, data: { hostName: host } })
      ).status(),
    ).toBe(200);
    const onHost = (path: string) =>
      new Promise<{ status: number; body: string; cookie: string[] | undefined }>((resolve, reject) => {
        const url = new URL(INSTANCE_B);
        const req = httpRequest({ host: "127.0.0.1", port: url.port, path, headers: { host } }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookie: res.headers["set-cookie"] }));
        });
        req.on("error", reject);
        req.end();
      });
    await expect.poll(async () => (await onHost("/api/v2/status.json")).status, POLL).toBe(200);
    const status = await onHost("/api/v2/status.json");
    expect(JSON.parse(status.body)).toMatchObject({ page: { id: statusPage.id, url: `https://${host}` } });
    const home = await onHost("/");
    expect(home.body).toContain('action="/subscribe"');
    expect(home.cookie).toBeUndefined();
    // Vigil's own pages are not reachable on a status page's host.
    expect((await onHost(`/${org.slug}/incidents`)).status).toBe(404);
  } finally {
    await admin.close();
  }
});
