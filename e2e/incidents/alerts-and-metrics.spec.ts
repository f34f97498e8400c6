import { INSTANCE_B } from "../../playwright.config";
import { signWebhook } from "../../lib/incidents/alerts/core/webhook";
import { database, expect, signInViaApi, test } from "../support/fixtures";

test("[INCIDENTS]: response metrics show on the page and through the API, for the chosen period", async ({
  page,
  org,
  baseURL,
}) => {
  const db = database();
  const { id: orgId } = await db.organization.findUniqueOrThrow({ where: { slug: org.slug } });
  const started = new Date(Date.now() - 3 * 86_400_000);
  const minutes = (n: number) => new Date(started.getTime() + n * 60_000);
  await db.incident.createMany({
    data: [
      {
        orgId,
        number: 1,
        title: "Checkout down",
        severity: "SEV1",
        startedAt: started,
        acknowledgedAt: minutes(4),
        mitigatedAt: minutes(20),
        resolvedAt: minutes(60),
        status: "resolved",
      },
      { orgId, number: 2, title: "Slow search", severity: "SEV3", startedAt: started, acknowledgedAt: minutes(10) },
    ],
  });

  await signInViaApi(page.request, org.users.viewer.email, baseURL!);
  await page.goto(`/${org.slug}/incidents/metrics`);
  await expect(page.getByRole("heading", { name: "Incidents per week" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Median response times by severity/ })).toBeVisible();
  const sev1 = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "SEV1", exact: true }) });
  await expect(sev1.getByRole("cell").nth(1)).toHaveText("1");
  await expect(sev1.getByRole("cell").nth(2)).toContainText("4 min / 4 min");
  await expect(sev1.getByRole("cell").nth(4)).toContainText("1 h 0 min");

  // A period that holds none of them.
  await page.getByLabel("From").fill("2020-01-01");
  await page.getByLabel("To (exclusive)").fill("2020-02-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No incidents in this period")).toBeVisible();

  // The API, from the other instance, with the same session.
  const headers = { "x-vigil-org": org.slug };
  const res = await page.request.get(`${INSTANCE_B}/api/v1/metrics/incidents`, { headers });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.overall.incidents).toBe(2);
  expect(body.overall.mtta).toEqual({ count: 2, meanSeconds: 420, medianSeconds: 420 });
  expect(body.bySeverity.SEV1.mttr.medianSeconds).toBe(3600);
  const bad = await page.request.get(`${INSTANCE_B}/api/v1/metrics/incidents?from=2026-02-01&to=2026-01-01`, {
    headers,
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toContain("`from` must be before `to`");
});

test("[INCIDENTS]: an admin creates a signed webhook integration; its secret is shown once", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  await page.goto(`/${org.slug}/settings/integrations`);
  await page.getByLabel("Name").fill("uptime-checks");
  await page.getByRole("button", { name: "Create integration" }).click();
  const secret = await page.getByTestId("new-integration-secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  await expect(page.getByRole("cell", { name: "uptime-checks", exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("new-integration-secret")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(secret);

  // A sender signs with the secret, the Standard Webhooks way, and posts to the other instance.
  const endpoint = `${INSTANCE_B}${(await page.getByRole("cell", { name: /\/api\/v1\/integrations\/webhook\// }).innerText()).trim()}`;
  const body = JSON.stringify({ title: "Homepage down", severity: "SEV2", status: "firing", dedupKey: "home" });
  const headers = signWebhook(secret, `msg_${Date.now()}`, new Date(), body);
  const delivered = await page.request.post(endpoint, {
    headers: { ...headers, "content-type": "application/json" },
    data: body,
  });
  expect(delivered.status()).toBe(200);
  expect((await delivered.json()).outcomes.declared).toBe(1);
  const replay = await page.request.post(endpoint, {
    headers: { ...headers, "content-type": "application/json" },
    data: body,
  });
  expect(replay.status()).toBe(409);
  const forged = await page.request.post(endpoint, {
    headers: { ...headers, "webhook-id": "msg_other", "content-type": "application/json" },
    data: body,
  });
  expect(forged.status()).toBe(401);
  expect((await forged.json()).error.message).toContain("signature does not match");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Revoke uptime-checks" }).click();
  await expect(page.getByText("Revoked", { exact: true })).toBeVisible();
  const late = await page.request.post(endpoint, {
    headers: { ...signWebhook(secret, "msg_late", new Date(), body), "content-type": "application/json" },
    data: body,
  });
  expect(late.status()).toBe(404);
});

test("[INCIDENTS]: responders cannot manage integrations", async ({ page, org, baseURL }) => {
  await signInViaApi(page.request, org.users.responder.email, baseURL!);
  await page.goto(`/${org.slug}/settings/integrations`);
  await expect(page.getByText("Only admins and owners can change configuration.")).toBeVisible();
});
