import { randomBytes } from "node:crypto";
import { expect, signInViaApi, test } from "../support/fixtures";

test("[SLO]: create a service, an SLI and an SLO in the browser, push points, see the budget and a paging alert", async ({
  page,
  org,
  baseURL,
}) => {
  const slug = `checkout-${randomBytes(3).toString("hex")}`;
  await signInViaApi(page.request, org.users.admin.email, baseURL!);

  await page.goto(`/${org.slug}/services/new`);
  await page.getByLabel("Name").fill("Checkout");
  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${slug}$`));

  await page.goto(`/${org.slug}/slos/slis/new`);
  await page.getByLabel("Name").fill("checkout-availability");
  await page.getByRole("button", { name: "Create SLI" }).click();
  await expect(page).toHaveURL(/\/slos\/new\?sliId=/);
  const sliId = new URL(page.url()).searchParams.get("sliId")!;

  await page.getByLabel("Name").fill("Checkout availability");
  await page.getByLabel("Target (%)").fill("99.9");
  await page.getByRole("button", { name: "Create SLO" }).click();
  await expect(page.getByRole("heading", { name: "Checkout availability" })).toBeVisible();
  const sloUrl = page.url();

  // The last hour: 950 good of 1,000 per minute, a burn rate of 50 against a 0.1 % budget.
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const points = Array.from({ length: 60 }, (_, i) => ({
    timestamp: new Date(now - (i + 1) * 60_000).toISOString(),
    good: 950,
    total: 1000,
  }));
  const headers = { "x-vigil-org": org.slug };
  const pushed = await page.request.post(`/api/v1/slis/${sliId}/points`, { headers, data: { points } });
  expect(pushed.status()).toBe(200);
  expect(await pushed.json()).toEqual({ accepted: 60 });
  const rejected = await page.request.post(`/api/v1/slis/${sliId}/points`, {
    headers,
    data: { points: [{ timestamp: points[0]!.timestamp, good: 2, total: 1 }] },
  });
  expect(rejected.status()).toBe(422);

  await page.goto(sloUrl);
  await expect(page.getByTestId("attainment")).toHaveText("95.000 %");
  await expect(page.getByTestId("budget-remaining")).toHaveText("-4900.0 %");
  await expect(page.getByText("Paging")).toBeVisible();
  await expect(page.getByRole("table", { name: "Alert conditions" }).getByText("firing").first()).toBeVisible();

  const status = await page.request.get(`/api/v1/slos/${sloUrl.split("/").at(-1)}/status`, { headers });
  expect(status.status()).toBe(200);
  expect((await status.json()).errorBudget).toMatchObject({ consumed: 3000, total: 60 });

  await page.goto(`/${org.slug}/slos`);
  await expect(page.getByRole("link", { name: "Checkout availability" })).toBeVisible();
  await page.goto(`/${org.slug}/services/${slug}`);
  await expect(page.getByText("Deploys are frozen.")).toBeVisible();
  expect((await page.request.get(`/api/v1/services/${slug}/deploy-gate`, { headers })).status()).toBe(423);
});
