import { INSTANCE_A, INSTANCE_B } from "../../playwright.config";
import { expect, signInViaApi, test } from "../support/fixtures";

test("[PLATFORM]: both instances are ready and share sessions and data through PostgreSQL", async ({
  browser,
  org,
}) => {
  for (const base of [INSTANCE_A, INSTANCE_B]) {
    const ready = await (await fetch(`${base}/api/ready`)).json();
    expect(ready).toEqual({ status: "ready", database: "reachable" });
  }

  // Sign in on A, then use the same cookie on B: sessions are not kept in one process.
  const context = await browser.newContext();
  await signInViaApi(context.request, org.users.admin.email, INSTANCE_A);
  const cookies = await context.cookies(INSTANCE_A);
  await context.addCookies(cookies.map((c) => ({ ...c, domain: "localhost", path: "/" })));
  const page = await context.newPage();

  await page.goto(`${INSTANCE_B}/${org.slug}/services/new`);
  await page.getByLabel("Name").fill("Made on B");
  await page.getByLabel("Slug").fill("made-on-b");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/${org.slug}/services/made-on-b$`));

  await page.goto(`${INSTANCE_A}/${org.slug}/services`);
  await expect(page.getByRole("link", { name: "Made on B" })).toBeVisible();
  await context.close();
});
