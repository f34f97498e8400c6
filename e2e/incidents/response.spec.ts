import type { Browser } from "@playwright/test";
import { INSTANCE_A, INSTANCE_B } from "../../playwright.config";
import { expect, signInViaApi, test, type SeededOrg } from "../support/fixtures";

async function pageAs(browser: Browser, org: SeededOrg, role: keyof SeededOrg["users"], baseURL: string) {
  const context = await browser.newContext({ baseURL });
  await signInViaApi(context.request, org.users[role].email, baseURL);
  return { context, page: await context.newPage() };
}

test("[INCIDENTS]: declared and handed over on one instance, seen live and accepted on the other", async ({
  browser,
  org,
}) => {
  const a = await pageAs(browser, org, "responder", INSTANCE_A);
  const b = await pageAs(browser, org, "admin", INSTANCE_B);
  try {
    await a.page.goto(`/${org.slug}/incidents/new`);
    await a.page.getByLabel("What is broken?").fill("Checkout returns 500s");
    await a.page.getByRole("radio", { name: /SEV2/ }).check();
    await a.page.getByRole("button", { name: "Declare incident" }).click();
    await expect(a.page).toHaveURL(new RegExp(`/${org.slug}/incidents/1$`));
    await expect(a.page.getByTestId("incident-commander")).toHaveText(`Commander: ${org.users.responder.name}`);
    await expect(a.page.getByTestId("role-communications")).toContainText("Unfilled");

    await b.page.goto(`/${org.slug}/incidents/1`);
    await expect(b.page.getByRole("heading", { name: /INC-1 Checkout returns 500s/ })).toBeVisible();
    const timelineB = b.page.getByTestId("timeline");
    await expect(timelineB).toContainText("Incident declared as SEV2");

    // A's changes reach B's page on the other instance without a reload.
    await a.page.getByRole("button", { name: "Identified" }).click();
    await expect(b.page.getByTestId("incident-status")).toHaveText(/identified/i);

    const commanderRow = a.page.getByTestId("role-commander");
    await commanderRow.getByLabel("Person for Incident Commander").selectOption({ label: org.users.admin.name });
    await commanderRow.getByRole("button", { name: "Hand over" }).click();
    await expect(commanderRow).toContainText(`offered to ${org.users.admin.name}`);
    // Until B accepts, A still holds command.
    await expect(a.page.getByTestId("incident-commander")).toHaveText(`Commander: ${org.users.responder.name}`);

    await expect(b.page.getByRole("alert").filter({ hasText: "You are offered Incident Commander" })).toBeVisible();
    await b.page.getByRole("button", { name: "Accept Incident Commander" }).click();
    await expect(b.page.getByTestId("incident-commander")).toHaveText(`Commander: ${org.users.admin.name}`);
    await expect(a.page.getByTestId("incident-commander")).toHaveText(`Commander: ${org.users.admin.name}`);
    await expect(a.page.getByTestId("timeline")).toContainText(
      `Incident Commander handed over from ${org.users.responder.name} to ${org.users.admin.name}`,
    );
    await expect(b.page.getByText("Your duties as Incident Commander")).toBeVisible();
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test("[INCIDENTS]: a conflicting edit is refused and the current value shown", async ({ browser, org }) => {
  const a = await pageAs(browser, org, "responder", INSTANCE_A);
  try {
    const headers = { "x-vigil-org": org.slug };
    const created = await a.page.request.post("/api/v1/incidents", {
      headers,
      data: { title: "Disk full on db-1", severity: "SEV3" },
    });
    expect(created.status()).toBe(201);
    const incident = (await created.json()) as { id: string; number: number; version: number };

    await a.page.goto(`/${org.slug}/incidents/${incident.number}`);
    await a.page.getByRole("button", { name: "Edit title" }).click();
    await a.page.getByLabel("Title").fill("Disk full on db-1 (primary)");

    // Someone else renames it first, through the API on the other instance.
    const other = await a.page.request.patch(`${INSTANCE_B}/api/v1/incidents/${incident.id}`, {
      headers: { ...headers, "if-match": `"${incident.version}"` },
      data: { title: "Disk full on db-1 and db-2" },
    });
    expect(other.status()).toBe(200);
    const stale = await a.page.request.patch(`/api/v1/incidents/${incident.id}`, {
      headers: { ...headers, "if-match": `"${incident.version}"` },
      data: { title: "x" },
    });
    expect(stale.status()).toBe(409);
    expect(
      ((await stale.json()) as { error: { details: { current: { title: string } } } }).error.details.current.title,
    ).toBe("Disk full on db-1 and db-2");

    await a.page.getByRole("button", { name: "Save title" }).click();
    const conflict = a.page.getByRole("alert").filter({ hasText: "Someone else changed this incident first" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId("conflict-details")).toContainText("now Disk full on db-1 and db-2");
    await conflict.getByRole("button", { name: "Keep current" }).click();
    await expect(a.page.getByRole("heading", { name: /Disk full on db-1 and db-2/ })).toBeVisible();
  } finally {
    await a.context.close();
  }
});

test("[INCIDENTS]: a viewer sees an incident but cannot change it", async ({ browser, org }) => {
  const responder = await pageAs(browser, org, "responder", INSTANCE_A);
  const viewer = await pageAs(browser, org, "viewer", INSTANCE_B);
  try {
    const headers = { "x-vigil-org": org.slug };
    const created = await responder.page.request.post("/api/v1/incidents", {
      headers,
      data: { title: "Search is slow", severity: "SEV4" },
    });
    const incident = (await created.json()) as { id: string; number: number; version: number };

    await viewer.page.goto(`/${org.slug}/incidents/${incident.number}`);
    await expect(viewer.page.getByRole("heading", { name: /Search is slow/ })).toBeVisible();
    await expect(viewer.page.getByRole("button", { name: "Resolved" })).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: "Add note" })).toHaveCount(0);
    const write = await viewer.page.request.patch(`/api/v1/incidents/${incident.id}`, {
      headers: { ...headers, "if-match": `"${incident.version}"` },
      data: { status: "resolved" },
    });
    expect(write.status()).toBe(403);
    const note = await viewer.page.request.post(`/api/v1/incidents/${incident.id}/timeline`, {
      headers,
      data: { body: "hi" },
    });
    expect(note.status()).toBe(403);
    await viewer.page.goto(`/${org.slug}/incidents/new`);
    await expect(viewer.page.getByRole("button", { name: "Declare incident" })).toHaveCount(0);
  } finally {
    await responder.context.close();
    await viewer.context.close();
  }
});

test("[INCIDENTS]: an incident declared on one instance appears on the other's incident list without a reload", async ({
  browser,
  org,
}) => {
  const responder = await pageAs(browser, org, "responder", INSTANCE_A);
  const watcher = await pageAs(browser, org, "viewer", INSTANCE_B);
  try {
    await watcher.page.goto(`/${org.slug}/incidents`);
    await expect(watcher.page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
    await expect(watcher.page.getByRole("link", { name: /Queue consumers stuck/ })).toHaveCount(0);
    const created = await responder.page.request.post("/api/v1/incidents", {
      headers: { "x-vigil-org": org.slug },
      data: { title: "Queue consumers stuck", severity: "SEV2" },
    });
    expect(created.status()).toBe(201);
    await expect(watcher.page.getByRole("link", { name: /Queue consumers stuck/ })).toBeVisible({ timeout: 5_000 });
  } finally {
    await responder.context.close();
    await watcher.context.close();
  }
});
