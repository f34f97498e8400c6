import { expect, PASSWORD, test } from "../support/fixtures";

test("[AUTH]: a member signs in with the form, lands in the organization and signs out", async ({ page, org }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(org.users.responder.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/${org.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(`/${org.slug}/services`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("[AUTH]: a wrong password is refused with a clear message", async ({ page, org }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(org.users.owner.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});
