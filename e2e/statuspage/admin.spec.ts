import { randomBytes } from "node:crypto";
import { INSTANCE_A, INSTANCE_B } from "../../playwright.config";
import { expect, test } from "../support/fixtures";
import { as, publicFile, summary } from "./support";

const POLL = { timeout: 15_000, intervals: [100, 250, 500] };

test("[STATUSPAGE]: an admin builds and publishes a page, a responder overrides a component, a viewer only reads", async ({
  browser,
  org,
}) => {
  test.setTimeout(60_000);
  const admin = await as(browser, org, "admin");
  const responder = await as(browser, org, "responder");
  const viewer = await as(browser, org, "viewer");
  const id = randomBytes(3).toString("hex");
  const slug = `ui-${id}`;
  try {
    const headers = { "x-vigil-org": org.slug };
    expect(
      (
        await admin.request.post("/api/v1/services", {
          headers,
          data: { name: `Payments ${id}`, slug: `payments-${id}` },
        })
      ).status(),
    ).toBe(201);

    const page = await admin.newPage();
    await page.goto(`/${org.slug}/status-pages`);
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Acme Payments");
    await page.getByRole("textbox", { name: "Slug", exact: true }).fill(slug);
    await page.getByLabel("Support link").fill("https://help.acme.example");
    await page.getByRole("checkbox", { name: "Published" }).check();
    await page.getByRole("button", { name: "Create status page" }).click();
    await expect(page.getByRole("heading", { name: "Acme Payments", level: 1 })).toBeVisible();
    const pageUrl = page.url();

    const groupForm = page.getByRole("form", { name: "New component group" });
    await groupForm.getByLabel("Group name").fill("Payments");
    await groupForm.getByRole("button", { name: "Add group" }).click();
    await expect(groupForm.getByRole("status")).toContainText('Group "Payments" added.');

    const componentForm = page.getByRole("form", { name: "New component", exact: true });
    await componentForm.getByLabel("Component name").fill("Card payments");
    await componentForm.getByLabel("Service").selectOption({ label: `Payments ${id}` });
    await componentForm.getByLabel("Group", { exact: true }).selectOption({ label: "Payments" });
    await componentForm.getByRole("button", { name: "Add component" }).click();
    const row = page.getByRole("row").filter({ hasText: "Card payments" });
    await expect(row).toContainText("Operational");

    // The public page exists at once, with the component in its group.
    await expect.poll(async () => (await publicFile(INSTANCE_B, slug)).status, POLL).toBe(200);
    await expect.poll(async () => (await publicFile(INSTANCE_B, slug)).text, POLL).toContain("Card payments");
    expect((await publicFile(INSTANCE_B, slug)).text).toContain("https://help.acme.example");

    // A responder overrides the derived status during an incident.
    const responderPage = await responder.newPage();
    await responderPage.goto(pageUrl);
    await expect(responderPage.getByRole("heading", { name: "Settings" })).toHaveCount(0);
    const responderRow = responderPage.getByRole("row").filter({ hasText: "Card payments" });
    await responderRow.getByLabel("Override status of Card payments").selectOption({ label: "Partial outage" });
    await responderRow.getByRole("button", { name: "Set status" }).click();
    await expect(responderRow).toContainText("Partial outage");
    await expect(responderRow).toContainText("(overridden)");
    await expect.poll(async () => (await summary(INSTANCE_B, slug)).status.indicator, POLL).toBe("major");

    // A webhook subscribes; the admin sees it (subscribers are admins' business).
    const subscribed = await fetch(`${INSTANCE_A}/status/${slug}/subscribe`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "webhook", url: `https://hooks.example.test/${id}` }),
    });
    expect(subscribed.status).toBe(201);
    await page.reload();
    await expect(page.getByRole("table", { name: "Subscribers" })).toContainText(`https://hooks.example.test/${id}`);
    await expect(page.getByText(`${INSTANCE_A}/status/${slug}/widget.js`)).toBeVisible();

    const viewerPage = await viewer.newPage();
    await viewerPage.goto(pageUrl);
    await expect(viewerPage.getByRole("row").filter({ hasText: "Card payments" })).toContainText("Partial outage");
    await expect(viewerPage.getByRole("button", { name: "Set status" })).toHaveCount(0);
    await expect(viewerPage.getByRole("heading", { name: "Subscribers" })).toHaveCount(0);
    await expect(viewerPage.getByRole("heading", { name: "Settings" })).toHaveCount(0);

    // Unpublishing takes the page away from the public.
    await page.getByRole("checkbox", { name: "Published" }).uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved. The public page shows it within seconds.")).toBeVisible();
    await expect.poll(async () => (await publicFile(INSTANCE_B, slug)).status, POLL).toBe(404);
  } finally {
    await admin.close();
    await responder.close();
    await viewer.close();
  }
});
