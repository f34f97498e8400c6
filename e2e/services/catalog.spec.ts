import { expect, signInViaApi, test } from "../support/fixtures";

test("[SERVICES]: an admin edits a service's links and dependencies and sees them on both services' pages", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  for (const slug of ["ledger", "billing"]) {
    expect(
      (
        await page.request.post("/api/v1/services", {
          headers,
          data: { name: slug === "ledger" ? "Ledger" : "Billing", slug },
        })
      ).status(),
    ).toBe(201);
  }
  await page.goto(`/${org.slug}/services/billing`);
  await page.getByRole("link", { name: "Edit service" }).click();
  await page.getByLabel("Runbook").fill("https://runbooks.example.com/billing");
  await page.getByRole("checkbox", { name: "Ledger" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/${org.slug}/services/billing$`));
  await expect(page.getByRole("link", { name: "https://runbooks.example.com/billing" })).toBeVisible();
  const deps = page.getByRole("region", { name: "Dependencies" });
  await deps.getByRole("link", { name: "Ledger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ledger" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Dependencies" }).getByRole("link", { name: "Billing" })).toBeVisible();

  // A cycle is refused with the path that would close it.
  await page.getByRole("link", { name: "Edit service" }).click();
  await page.getByRole("checkbox", { name: "Billing" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ledger → billing → ledger" })).toBeVisible();
});
