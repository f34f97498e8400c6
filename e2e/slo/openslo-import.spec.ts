import { database, expect, signInViaApi, test } from "../support/fixtures";

const YAML = `apiVersion: openslo/v1
kind: Service
metadata: { name: checkout, displayName: Checkout }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: checkout-availability }
spec:
  service: checkout
  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total{code!~"5.."}[1m]))' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[1m]))' } } }
  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`;

test("[SLO]: an admin previews an OpenSLO file's plan, sees its problems by path, and applies it", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  await page.goto(`/${org.slug}/slos/import`);
  const yaml = page.getByLabel("OpenSLO YAML");

  await yaml.fill(YAML.replace("duration: 28d", "duration: 1M"));
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("table", { name: "Problems in the file" })).toContainText("spec.timeWindow[0].duration");

  await yaml.fill(YAML);
  await page.getByRole("button", { name: "Preview plan" }).click();
  const plan = page.getByRole("table", { name: "Plan" });
  await expect(plan.getByRole("row", { name: /Create SLO checkout-availability/ })).toBeVisible();
  await expect(plan.getByRole("row", { name: /Create SLI checkout-requests/ })).toBeVisible();
  expect(await database().slo.count({ where: { org: { slug: org.slug } } })).toBe(0);

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Applied to source "default".' })).toBeVisible();
  const slo = await database().slo.findFirstOrThrow({
    where: { org: { slug: org.slug }, name: "checkout-availability" },
  });
  expect(slo.managedBy).toBe("openslo");
  expect(slo.target.toString()).toBe("99.9");
});

test("[SLO]: a viewer cannot import OpenSLO", async ({ page, org, baseURL }) => {
  await signInViaApi(page.request, org.users.viewer.email, baseURL!);
  await page.goto(`/${org.slug}/slos/import`);
  await expect(page.getByText("Only admins and owners can change configuration.")).toBeVisible();
  await expect(page.getByLabel("OpenSLO YAML")).toHaveCount(0);
});
