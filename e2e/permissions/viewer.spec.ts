import { expect, seedOrg, signInViaApi, test } from "../support/fixtures";

test("[PERMISSIONS]: a viewer's change is refused by the server and nothing is written", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.viewer.email, baseURL!);
  await page.goto(`/${org.slug}/services`);
  await expect(page.getByRole("link", { name: "New service" })).toHaveCount(0);

  // The form is reachable by URL; the server action itself must refuse.
  await page.goto(`/${org.slug}/services/new`);
  await page.getByLabel("Name").fill("Sneaky service");
  await page.getByLabel("Slug").fill("sneaky");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Only admins and owners can change configuration." }),
  ).toBeVisible();
  await page.goto(`/${org.slug}/services`);
  await expect(page.getByText("Sneaky service")).toHaveCount(0);

  await page.goto(`/${org.slug}/settings/tokens`);
  await expect(page.getByText("Only admins and owners can manage API tokens.")).toBeVisible();

  // The API with the viewer's own session: reads work, writes are 403.
  const headers = { "x-vigil-org": org.slug };
  expect((await page.request.get("/api/v1/services", { headers })).status()).toBe(200);
  const write = await page.request.post("/api/v1/services", { headers, data: { name: "Sneaky", slug: "sneaky" } });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.message).toBe("Only admins and owners can change configuration.");
});

test("[PERMISSIONS]: a member of one organization cannot see another's", async ({ page, org, baseURL }) => {
  const other = await seedOrg();
  await signInViaApi(page.request, org.users.owner.email, baseURL!);
  const response = await page.goto(`/${other.slug}/services`);
  expect(response?.status()).toBe(404);
});

test("[API]: no token is 401 JSON, a read-only token's write is 403, a write token creates", async ({
  page,
  request,
  org,
  baseURL,
}) => {
  const anonymous = await request.get("/api/v1/services");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthorized");

  await signInViaApi(page.request, org.users.admin.email, baseURL!);
  const tokens: Record<string, string> = {};
  for (const scope of ["read", "write"]) {
    await page.goto(`/${org.slug}/settings/tokens`);
    await page.getByLabel("Name").fill(`e2e-${scope}`);
    for (const s of ["read", "write", "ingest"]) {
      const box = page.getByRole("checkbox", { name: new RegExp(`^${s}:`) });
      if (s === scope) await box.check();
      else await box.uncheck();
    }
    await page.getByRole("button", { name: "Create token" }).click();
    tokens[scope] = await page.getByTestId("new-token").inputValue();
  }
  const body = { name: "Billing", slug: "billing", tier: 1 };
  const denied = await request.post("/api/v1/services", {
    headers: { authorization: `Bearer ${tokens.read}` },
    data: body,
  });
  expect(denied.status()).toBe(403);
  expect((await denied.json()).error).toMatchObject({
    code: "forbidden",
    message: expect.stringContaining('"write" scope'),
  });

  const created = await request.post("/api/v1/services", {
    headers: { authorization: `Bearer ${tokens.write}` },
    data: body,
  });
  expect(created.status()).toBe(201);
  const invalid = await request.post("/api/v1/services", {
    headers: { authorization: `Bearer ${tokens.write}` },
    data: { name: "", slug: "Not A Slug" },
  });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.details).toEqual(
    expect.arrayContaining([expect.objectContaining({ path: "slug" })]),
  );
});
