import AxeBuilder from "@axe-core/playwright";
import { INSTANCE_B } from "../../playwright.config";
import { expect, test } from "../support/fixtures";
import { as, publishedPage } from "./support";

test("[STATUSPAGE]: the public page and an incident page pass axe's WCAG 2.1 AA checks, light and dark, on a desktop and a phone", async ({
  browser,
  org,
}) => {
  test.setTimeout(90_000);
  const admin = await as(browser, org, "admin");
  try {
    const { headers, page: statusPage, api, webComponent } = await publishedPage(admin.request, org);
    const group = (await (
      await admin.request.post(`/api/v1/status-pages/${statusPage.id}/groups`, { headers, data: { name: "Platform" } })
    ).json()) as { id: string };
    await admin.request.patch(`/api/v1/status-components/${webComponent.id}`, { headers, data: { groupId: group.id } });
    const incident = (await (
      await admin.request.post("/api/v1/incidents", {
        headers,
        data: { title: "Checkout errors", severity: "SEV2", serviceIds: [api.id] },
      })
    ).json()) as { id: string };
    await admin.request.post(`/api/v1/incidents/${incident.id}/updates`, {
      headers,
      data: { visibility: "public", body: "Some checkouts fail; we are rolling back." },
    });
    await admin.request.post(`/api/v1/status-pages/${statusPage.id}/maintenances`, {
      headers,
      data: {
        name: "Database upgrade",
        scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
        scheduledUntil: new Date(Date.now() + 90_000_000).toISOString(),
        componentIds: [webComponent.id],
        body: "Writes pause briefly.",
      },
    });

    const desktop = { width: 1280, height: 900 };
    const phone = { width: 375, height: 740 };
    const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    for (const [viewport, colorScheme] of [
      [desktop, "light"],
      [desktop, "dark"],
      [phone, "light"],
      [phone, "dark"],
    ] as const) {
      const where = `${viewport.width}px ${colorScheme}`;
      const reader = await browser.newContext({ viewport, colorScheme });
      const page = await reader.newPage();
      await expect(async () => {
        await page.goto(`${INSTANCE_B}/status/${statusPage.slug}`);
        await expect(page.getByText("Some checkouts fail; we are rolling back.").first()).toBeVisible({ timeout: 500 });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByText("Database upgrade")).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations, where).toEqual([]);
      // Readable on a phone: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), where).toBe(true);
      await page
        .getByRole("region", { name: "Current incidents" })
        .getByRole("link", { name: "Checkout errors" })
        .click();
      await expect(page.getByRole("heading", { name: "Checkout errors" })).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations, `incident page, ${where}`).toEqual(
        [],
      );
      await reader.close();
    }
  } finally {
    await admin.close();
  }
});
