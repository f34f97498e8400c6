import { expect, PASSWORD, signInViaApi, test } from "../support/fixtures";

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

test("[AUTH]: signing out everywhere ends the person's other sessions at once", async ({ browser, org, baseURL }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  await signInViaApi(laptop.request, org.users.admin.email, baseURL!);
  await signInViaApi(phone.request, org.users.admin.email, baseURL!);
  const phonePage = await phone.newPage();
  await phonePage.goto(`/${org.slug}/services`);
  await expect(phonePage.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();

  const laptopPage = await laptop.newPage();
  await laptopPage.goto(`/${org.slug}/settings/account`);
  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/signin/);

  await phonePage.reload();
  await expect(phonePage).toHaveURL(/\/signin/);
  await laptop.close();
  await phone.close();
});
