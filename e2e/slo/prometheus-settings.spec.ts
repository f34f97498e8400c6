import { database, expect, signInViaApi, test } from "../support/fixtures";

test("[SLO]: an admin sets the Prometheus URL and token; the token is never shown again", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  await page.goto(`/${org.slug}/settings`);
  await page.getByRole("link", { name: "Prometheus" }).click();
  await page.getByLabel("Prometheus base URL").fill("http://127.0.0.1:1");
  await page.getByLabel("Bearer token (optional)").fill("e2e-secret-token");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Prometheus base URL")).toHaveValue("http://127.0.0.1:1");
  await expect(page.getByLabel("Bearer token (optional)")).toHaveValue("");
  await expect(page.getByText("A token is set; it is never shown.")).toBeVisible();
  expect(await page.content()).not.toContain("e2e-secret-token");
  const stored = await database().organization.findUniqueOrThrow({ where: { slug: org.slug } });
  expect(stored.prometheusBearerToken).toBe("e2e-secret-token");

  // Nothing listens on port 1: the test reports why, as a message a person can act on.
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "unreachable" })).toBeVisible();
});
