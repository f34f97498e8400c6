import { randomBytes } from "node:crypto";
import { database, expect, signInViaApi, test } from "../support/fixtures";

const id = () => randomBytes(3).toString("hex");

test("[SLO]: an admin edits an SLO's burn-rate condition and settings, and its SLI, in the browser", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  const service = await (
    await page.request.post("/api/v1/services", { headers, data: { name: "Search", slug: `search-${id()}` } })
  ).json();
  const sli = await (
    await page.request.post("/api/v1/slis", { headers, data: { serviceId: service.id, name: `search-ok-${id()}` } })
  ).json();
  const slo = await (
    await page.request.post("/api/v1/slos", {
      headers,
      data: { sliId: sli.id, name: "Search availability", target: "99.9" },
    })
  ).json();

  await page.goto(`/${org.slug}/slos/${slo.id}`);
  await page.getByRole("link", { name: "Edit SLO" }).click();
  await expect(page.getByRole("heading", { name: "Edit Search availability" })).toBeVisible();
  await expect(page.getByText("Managed by git")).toHaveCount(0);
  // The defaults are shown scaled to the window; editing starts from them.
  await expect(page.getByLabel("Factor of condition 1")).toHaveValue("14.4");
  await page.getByRole("checkbox", { name: /Use Vigil's defaults/ }).uncheck();
  await page.getByLabel("Factor of condition 1").fill("20");
  await page.getByLabel("Short window of condition 1 (minutes)").fill("10");
  await page.getByRole("button", { name: "Remove condition 4" }).click();
  await page.getByLabel("Minimum events for alerts").fill("500");
  await page.getByLabel("Incident policy").selectOption("page");
  await page.getByRole("button", { name: "Save SLO" }).click();

  await expect(page).toHaveURL(new RegExp(`/slos/${slo.id}$`));
  const conditions = page.getByRole("table", { name: "Alert conditions" });
  await expect(conditions.getByRole("row", { name: /page-fast/ })).toContainText("> 20");
  await expect(conditions.getByRole("row", { name: /page-fast/ })).toContainText("over 10 min");
  await expect(conditions.getByRole("row")).toHaveCount(4);
  const stored = await database().slo.findUniqueOrThrow({ where: { id: slo.id } });
  expect(stored).toMatchObject({ minEvents: 500, incidentPolicy: "page", version: 2 });
  expect(stored.alertConditions).toEqual([
    { id: "page-fast", severity: "page", factor: 20, longWindowMinutes: 60, shortWindowMinutes: 10 },
    { id: "page-slow", severity: "page", factor: 6, longWindowMinutes: 360, shortWindowMinutes: 30 },
    { id: "ticket-fast", severity: "ticket", factor: 3, longWindowMinutes: 1440, shortWindowMinutes: 120 },
  ]);

  // A bad value is named on its row and nothing changes.
  await page.goto(`/${org.slug}/slos/${slo.id}/edit`);
  await page.getByLabel("Factor of condition 2").fill("-1");
  await page.getByRole("button", { name: "Save SLO" }).click();
  await expect(page.getByText("A burn-rate factor is above 0.")).toBeVisible();
  expect((await database().slo.findUniqueOrThrow({ where: { id: slo.id } })).version).toBe(2);

  await page.goto(`/${org.slug}/slos/${slo.id}`);
  await page.getByRole("link", { name: "Edit SLI" }).click();
  await page.getByLabel("Description").fill("Search requests answered without a 5xx");
  await page.getByRole("button", { name: "Save SLI" }).click();
  await expect(page).toHaveURL(new RegExp(`/slos/${slo.id}$`));
  expect((await database().sli.findUniqueOrThrow({ where: { id: sli.id } })).description).toBe(
    "Search requests answered without a 5xx",
  );
});

test("[SLO]: the edit form of an SLO applied from OpenSLO warns that git overwrites it; viewers cannot edit", async ({
  page,
  browser,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  const service = `ledger-${id()}`;
  const file = `apiVersion: openslo/v1
kind: Service
metadata: { name: ${service} }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: ledger-availability }
spec:
  service: ${service}
  indicator:
    metadata: { name: ledger-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Vigil } }
        total: { metricSource: { type: Vigil } }
  timeWindow: [{ duration: 7d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`;
  const applied = await page.request.post("/api/v1/openslo?source=team-ledger", {
    headers: { ...headers, "content-type": "application/yaml" },
    data: file,
  });
  expect(applied.status()).toBe(200);
  const slo = await database().slo.findFirstOrThrow({
    where: { org: { slug: org.slug }, name: "ledger-availability" },
  });

  await page.goto(`/${org.slug}/slos/${slo.id}/edit`);
  const warning = page.getByRole("status").filter({ hasText: "Managed by git" });
  await expect(warning).toContainText("source “team-ledger”");
  await expect(warning).toContainText("overwrites its description, target, window");
  await page.goto(`/${org.slug}/slos/slis/${slo.sliId}/edit`);
  await expect(page.getByText("Managed by git")).toBeVisible();

  const viewer = await browser.newContext();
  const viewerPage = await viewer.newPage();
  await signInViaApi(viewerPage.request, org.users.viewer.email, baseURL!);
  await viewerPage.goto(`${baseURL}/${org.slug}/slos/${slo.id}/edit`);
  await expect(viewerPage.getByText("Only admins and owners can change configuration.")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Save SLO" })).toHaveCount(0);
  await viewer.close();
});

test("[SLO]: the SLO list filters by state and sorts by budget remaining", async ({ page, org, baseURL }) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  const service = await (
    await page.request.post("/api/v1/services", { headers, data: { name: "Cart", slug: `cart-${id()}` } })
  ).json();
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  for (const [name, good] of [
    ["cart-healthy", 1000],
    ["cart-spent", 900],
  ] as const) {
    const sli = await (
      await page.request.post("/api/v1/slis", { headers, data: { serviceId: service.id, name: `${name}-${id()}` } })
    ).json();
    await page.request.post("/api/v1/slos", { headers, data: { sliId: sli.id, name, target: "99.9" } });
    const points = Array.from({ length: 30 }, (_, i) => ({
      timestamp: new Date(now - (i + 2) * 60_000).toISOString(),
      good,
      total: 1000,
    }));
    expect((await page.request.post(`/api/v1/slis/${sli.id}/points`, { headers, data: { points } })).status()).toBe(
      200,
    );
  }
  await page.goto(`/${org.slug}/slos`);
  await page.getByLabel("State").selectOption("exhausted");
  await page.getByRole("button", { name: "Apply" }).click();
  const table = page.getByRole("table", { name: /SLOs 1–1 of 1/ });
  await expect(table.getByRole("link", { name: "cart-spent" })).toBeVisible();
  await expect(table.getByText("Budget exhausted")).toBeVisible();

  await page.goto(`/${org.slug}/slos?sort=budget&serviceId=${service.id}`);
  const rows = page.getByRole("table", { name: /SLOs 1–2 of 2/ }).getByRole("row");
  await expect(rows.nth(1)).toContainText("cart-spent");
  await expect(rows.nth(2)).toContainText("cart-healthy");
});
