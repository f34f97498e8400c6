import { expect, signInViaApi, test } from "../support/fixtures";

test("[MEMBERS]: an admin invites a responder by link, who creates an account and joins", async ({
  page,
  browser,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  await page.goto(`/${org.slug}/settings/members`);
  await page.getByLabel("Role", { exact: true }).selectOption("responder");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toContain("/invite/");

  const guest = await browser.newContext();
  const invitee = await guest.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { name: `Join ${org.name}` })).toBeVisible();
  const email = `invitee-${Date.now()}@e2e.test`;
  await invitee.getByLabel("Your name").fill("Ines Invitee");
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill("a-long-enough-password");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByText("Your account is ready")).toBeVisible();

  await invitee.goto("/signin");
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill("a-long-enough-password");
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/${org.slug}$`));
  await guest.close();

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("combobox")).toHaveValue("responder");

  await page.goto(`/${org.slug}/settings/audit?action=invite`);
  await expect(page.getByRole("cell", { name: "invite.accepted" })).toBeVisible();
});
