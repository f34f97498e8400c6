import { readFile } from "node:fs/promises";
import type { Browser } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { INSTANCE_A, INSTANCE_B } from "../../playwright.config";
import { expect, signInViaApi, test, type SeededOrg } from "../support/fixtures";

async function pageAs(browser: Browser, org: SeededOrg, role: keyof SeededOrg["users"], baseURL: string) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  await signInViaApi(context.request, org.users[role].email, baseURL);
  return { context, page: await context.newPage() };
}

test("[POSTMORTEMS]: from a resolved incident to a reviewed, published post-mortem exported as Markdown and PDF", async ({
  browser,
  org,
}) => {
  test.setTimeout(90_000);
  const writer = await pageAs(browser, org, "responder", INSTANCE_A);
  const reviewer = await pageAs(browser, org, "admin", INSTANCE_B);
  try {
    const { page } = writer;
    const title = `Checkout returns 500s ${org.slug}`;
    const created = await page.request.post("/api/v1/incidents", {
      headers: { "x-vigil-org": org.slug },
      data: { title, severity: "SEV1" },
    });
    expect(created.status()).toBe(201);
    const incident = (await created.json()) as { number: number };

    // Resolve it on the incident page, then one click drafts the post-mortem.
    await page.goto(`/${org.slug}/incidents/${incident.number}`);
    await page.getByRole("button", { name: "Identified" }).click();
    await expect(page.getByTestId("incident-status")).toHaveText(/identified/i);
    await page.getByRole("button", { name: "Resolved" }).click();
    await expect(page.getByTestId("incident-status")).toHaveText(/resolved/i);
    await page.getByRole("button", { name: "Create post-mortem" }).click();
    await expect(page).toHaveURL(new RegExp(`/${org.slug}/postmortems/[a-z0-9]+$`));
    const postmortemUrl = page.url();

    // The facts Vigil already knew.
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    const facts = page.getByTestId("postmortem-facts");
    await expect(facts).toContainText("SEV1");
    await expect(facts.getByRole("table", { name: "Who held which role" })).toContainText(
      `Incident Commander${org.users.responder.name}`,
    );
    await expect(page.getByTestId("section-timeline")).toContainText(`Incident declared as SEV1: ${title}`);
    await expect(page.getByTestId("section-timeline")).toContainText("Status changed from identified to resolved");
    await expect(page.getByTestId("section-impact")).toContainText("Duration:");

    // A blaming sentence is flagged while it is being written, before anything is saved.
    const summary = page.getByTestId("section-summary");
    await summary.getByRole("button", { name: "Edit Summary" }).click();
    await summary.getByLabel("Summary (Markdown)").fill(`${org.users.admin.name} broke checkout. It was human error.`);
    const flags = summary.getByTestId("blameless-flags");
    await expect(flags).toContainText("human error");
    await expect(flags).toContainText(`${org.users.admin.name} broke`);
    await expect(summary.getByTestId("flags-count-summary")).toHaveText("2 blameless flags");
    await summary
      .getByLabel("Summary (Markdown)")
      .fill("A configuration push removed the **checkout** route; the canary does not cover configuration changes.");
    await expect(flags).toHaveCount(0);
    await summary.getByRole("button", { name: "Save Summary" }).click();
    await expect(summary.locator("strong", { hasText: "checkout" })).toBeVisible();

    // Review on the other instance, then publish.
    await page.getByLabel(org.users.admin.name).check();
    await page.getByRole("button", { name: "Send for review" }).click();
    await expect(page.getByTestId("postmortem-status")).toHaveText("In review");
    await reviewer.page.goto(postmortemUrl.replace(INSTANCE_A, INSTANCE_B));
    await reviewer.page.getByRole("button", { name: "Approve" }).click();
    await expect(reviewer.page.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
    await expect(reviewer.page.getByTestId("reviewers")).toContainText(`${org.users.admin.name}: Approved`);
    await page.reload();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByTestId("postmortem-status")).toHaveText("Published");
    await expect(page.getByRole("button", { name: "Edit Summary" })).toHaveCount(0);

    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export Markdown" }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe(`inc-${incident.number}-postmortem.md`);
    const md = await readFile((await markdown.path())!, "utf8");
    expect(md.startsWith(`# ${title}\n`)).toBe(true);
    expect(md).toContain("A configuration push removed the **checkout** route");
    expect(md).toContain(`| Incident Commander | ${org.users.responder.name} |`);

    const [pdfDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export PDF" }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toBe(`inc-${incident.number}-postmortem.pdf`);
    const pdf = await readFile((await pdfDownload.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain(title);
    expect(text).toContain("A configuration push removed the checkout route");

    // It is in the library.
    await page.goto(`/${org.slug}/postmortems?q=canary`);
    await expect(page.getByTestId("library")).toContainText(title);
  } finally {
    await writer.context.close();
    await reviewer.context.close();
  }
});

test("[POSTMORTEMS]: a share link opens one post-mortem without signing in, until it is revoked; the lint API flags blame", async ({
  browser,
  org,
}) => {
  const writer = await pageAs(browser, org, "responder", INSTANCE_A);
  const anonymous = await browser.newContext({ baseURL: INSTANCE_B });
  try {
    const headers = { "x-vigil-org": org.slug };
    const { page } = writer;
    const incident = (await (
      await page.request.post("/api/v1/incidents", { headers, data: { title: "Search is empty", severity: "SEV3" } })
    ).json()) as { id: string; version: number };
    expect(
      (
        await page.request.patch(`/api/v1/incidents/${incident.id}`, {
          headers,
          data: { status: "resolved", version: incident.version },
        })
      ).status(),
    ).toBe(200);
    const created = await page.request.post(`/api/v1/incidents/${incident.id}/postmortem`, { headers });
    expect(created.status()).toBe(201);
    const pm = (await created.json()) as {
      id: string;
      facts: { incident: { title: string } };
      sections: { key: string }[];
    };
    expect(pm.facts.incident.title).toBe("Search is empty");
    expect((await page.request.post(`/api/v1/incidents/${incident.id}/postmortem`, { headers })).status()).toBe(409);
    expect((await page.request.get(`/api/v1/postmortems/${pm.id}`, { headers })).status()).toBe(200);

    const lint = await page.request.post("/api/v1/postmortems/lint", {
      headers,
      data: { text: "Dave was careless and should have known better." },
    });
    expect(lint.status()).toBe(200);
    const { flags } = (await lint.json()) as {
      flags: { rule: string; start: number; end: number; suggestion: string }[];
    };
    expect(flags.map((f) => f.rule)).toEqual(expect.arrayContaining(["fault-word/careless"]));
    expect(flags.every((f) => f.end > f.start && f.suggestion.length > 0)).toBe(true);
    expect((await page.request.post("/api/v1/postmortems/lint", { headers, data: { txt: "x" } })).status()).toBe(422);

    await page.goto(`/${org.slug}/postmortems/${pm.id}`);
    await page.getByRole("button", { name: "Create share link" }).click();
    const url = await page.getByTestId("share-url").inputValue();
    expect(url).toContain("/share/postmortems/pms_");
    const shared = await anonymous.newPage();
    await shared.goto(url.replace(INSTANCE_A, INSTANCE_B));
    await expect(shared.getByRole("heading", { name: "Search is empty", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByText("Revoked", { exact: true })).toBeVisible();
    const gone = await shared.goto(url.replace(INSTANCE_A, INSTANCE_B));
    expect(gone?.status()).toBe(404);
  } finally {
    await writer.context.close();
    await anonymous.close();
  }
});

test("[POSTMORTEMS]: two people save the same section: the second sees both versions and merges", async ({
  browser,
  org,
}) => {
  const a = await pageAs(browser, org, "responder", INSTANCE_A);
  const b = await pageAs(browser, org, "admin", INSTANCE_B);
  try {
    const headers = { "x-vigil-org": org.slug };
    const incident = (await (
      await a.page.request.post("/api/v1/incidents", { headers, data: { title: "Queue backlog", severity: "SEV2" } })
    ).json()) as { id: string; version: number };
    await a.page.request.patch(`/api/v1/incidents/${incident.id}`, {
      headers,
      data: { status: "resolved", version: incident.version },
    });
    const pm = (await (
      await a.page.request.post(`/api/v1/incidents/${incident.id}/postmortem`, { headers })
    ).json()) as { id: string };

    await a.page.goto(`/${org.slug}/postmortems/${pm.id}`);
    await b.page.goto(`/${org.slug}/postmortems/${pm.id}`);
    const sectionA = a.page.getByTestId("section-trigger");
    const sectionB = b.page.getByTestId("section-trigger");
    await sectionA.getByRole("button", { name: "Edit Trigger" }).click();
    await sectionB.getByRole("button", { name: "Edit Trigger" }).click();
    await sectionA.getByLabel("Trigger (Markdown)").fill("A consumer deploy halved throughput.");
    await sectionB.getByLabel("Trigger (Markdown)").fill("Traffic doubled after a marketing email.");
    await sectionA.getByRole("button", { name: "Save Trigger" }).click();
    await expect(sectionA.getByText("A consumer deploy halved throughput.")).toBeVisible();
    // B, on the other instance, is told live before saving.
    await expect(sectionB.getByText("saved version 2 while you were writing")).toBeVisible();

    await sectionB.getByRole("button", { name: "Save Trigger" }).click();
    const conflict = sectionB.getByTestId("section-conflict");
    await expect(conflict.getByTestId("conflict-theirs")).toHaveText("A consumer deploy halved throughput.");
    await expect(conflict.getByTestId("conflict-yours")).toHaveText("Traffic doubled after a marketing email.");
    await conflict.getByRole("button", { name: "Merge in the editor" }).click();
    await sectionB
      .getByLabel("Trigger (Markdown)")
      .fill("A consumer deploy halved throughput while traffic doubled after a marketing email.");
    await sectionB.getByRole("button", { name: "Save Trigger" }).click();
    await expect(
      sectionB.getByText("A consumer deploy halved throughput while traffic doubled after a marketing email."),
    ).toBeVisible();
    await expect(sectionB).toContainText("v3");

    // Every version is kept and comparable.
    await sectionB.getByRole("link", { name: "History" }).click();
    await expect(b.page.getByTestId("version-diff")).toContainText("while traffic doubled after a marketing email");
    await expect(b.page.getByRole("listitem").filter({ hasText: /^v1:/ })).toBeVisible();
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
