import { INSTANCE_B } from "../../playwright.config";
import { database, expect, signInViaApi, test } from "../support/fixtures";

test("[INCIDENTS]: notes (backdated, key moment), tasks and a stakeholder update land on the live timeline", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.responder.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  const created = await page.request.post("/api/v1/incidents", {
    headers,
    data: { title: "Payments timing out", severity: "SEV1" },
  });
  const incident = (await created.json()) as { id: string; number: number };
  await page.goto(`/${org.slug}/incidents/${incident.number}`);
  await expect(page.getByText(/Next update due in/)).toBeVisible();

  await page.getByPlaceholder("What did you see or decide?").fill("Disk on db-1 filled up");
  await page.getByLabel("Happened at (optional)").fill("2020-01-01T02:13");
  await page.getByRole("checkbox", { name: "Key moment" }).check();
  await page.getByRole("button", { name: "Add note" }).click();
  const timeline = page.getByTestId("timeline");
  const note = timeline.getByRole("listitem").filter({ hasText: "Disk on db-1 filled up" });
  await expect(note).toContainText("Key moment");
  // Backdated: it sorts before the declaration.
  await expect(timeline.getByRole("listitem").first()).toContainText("Disk on db-1 filled up");

  await page.getByPlaceholder("New task").fill("Fail over to db-2");
  await page.getByRole("button", { name: "Add task" }).click();
  await expect(timeline).toContainText("Task: Fail over to db-2");
  await page.getByRole("button", { name: "Mark Fail over to db-2 done" }).click();
  await expect(timeline).toContainText("Task done: Fail over to db-2");

  await page
    .getByPlaceholder("What is affected, what we are doing, when the next update comes.")
    .fill("Payments are failing; we are failing over the database.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(timeline).toContainText("Internal update: Payments are failing");

  // A note added through the API on the other instance appears without a reload.
  const api = await page.request.post(`${INSTANCE_B}/api/v1/incidents/${incident.id}/timeline`, {
    headers,
    data: { body: "Failover finished" },
  });
  expect(api.status()).toBe(201);
  await expect(timeline).toContainText("Failover finished");
});

test("[INCIDENTS]: a private incident is invisible to members not named on it", async ({
  page,
  browser,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.responder.email, baseURL!);
  const headers = { "x-vigil-org": org.slug };
  const created = await page.request.post("/api/v1/incidents", {
    headers,
    data: { title: "Leaked credentials", severity: "SEV1", private: true },
  });
  const incident = (await created.json()) as { id: string; number: number };
  await page.goto(`/${org.slug}/incidents`);
  await expect(page.getByRole("link", { name: /Leaked credentials/ })).toBeVisible();

  const other = await browser.newContext({ baseURL: baseURL! });
  try {
    await signInViaApi(other.request, org.users.owner.email, baseURL!);
    const otherPage = await other.newPage();
    await otherPage.goto(`/${org.slug}/incidents`);
    await expect(otherPage.getByRole("heading", { name: "Incidents", exact: true })).toBeVisible();
    await expect(otherPage.getByText("Leaked credentials")).toHaveCount(0);
    expect((await otherPage.goto(`/${org.slug}/incidents/${incident.number}`))?.status()).toBe(404);
    expect((await other.request.get(`/api/v1/incidents/${incident.id}`, { headers })).status()).toBe(404);
    const list = (await (await other.request.get("/api/v1/incidents", { headers })).json()) as { data: unknown[] };
    expect(list.data).toHaveLength(0);
  } finally {
    await other.close();
  }
});

test("[INCIDENTS]: a long timeline shows its newest events and pages back to the start on request", async ({
  page,
  org,
  baseURL,
}) => {
  await signInViaApi(page.request, org.users.responder.email, baseURL!);
  const created = await page.request.post("/api/v1/incidents", {
    headers: { "x-vigil-org": org.slug },
    data: { title: "Day-long degradation", severity: "SEV2" },
  });
  const incident = (await created.json()) as { id: string; number: number; orgId: string; startedAt: string };
  const start = new Date(incident.startedAt).getTime() - 300 * 60_000;
  await database().timelineEvent.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      orgId: incident.orgId,
      incidentId: incident.id,
      kind: "note",
      occurredAt: new Date(start + i * 60_000),
      actorType: "system" as const,
      actorLabel: "e2e",
      data: { body: `Checkpoint ${i + 1}` },
    })),
  });
  await page.goto(`/${org.slug}/incidents/${incident.number}`);
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Checkpoint 300");
  await expect(timeline.getByText("Checkpoint 1", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Show earlier events" }).click();
  await expect(timeline.getByText("Checkpoint 1", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show earlier events" })).toHaveCount(0);
});
