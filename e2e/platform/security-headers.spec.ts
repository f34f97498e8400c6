import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { INSTANCE_A } from "../../playwright.config";
import { publishedPage } from "../statuspage/support";
import { expect, signInViaApi, test } from "../support/fixtures";

// Every CSP violation the browser reports on a page: the event (what the page saw) and the
// console line Chromium writes (what a person debugging would see).
async function watchCsp(page: Page) {
  const logged: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(m.text())) logged.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

/** Next's inline scripts ran (they carry the nonce) and React hydrated the page. */
async function expectScriptsRan(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const flight = (self as unknown as { __next_f?: unknown[] }).__next_f;
        const hydrated = Object.keys(document.querySelector("body > *") ?? {}).some((k) => k.startsWith("__react"));
        return Array.isArray(flight) && hydrated;
      }),
    )
    .toBe(true);
}

test("[PLATFORM]: app pages load under a nonce CSP with no violations, and may not be framed elsewhere", async ({
  page,
  org,
}) => {
  const violations = await watchCsp(page);
  const signin = await page.goto("/signin");
  const csp = signin!.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).not.toContain("unsafe-eval");
  expect(signin!.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  // `next start` runs in production, but the public URL is http: no HSTS.
  expect(signin!.headers()["strict-transport-security"]).toBeUndefined();
  await expectScriptsRan(page);

  await signInViaApi(page.request, org.users.admin.email, INSTANCE_A);
  const nonces = new Set<string>();
  for (const path of [
    "",
    "/incidents",
    "/services",
    "/slos",
    "/postmortems",
    "/status-pages",
    "/settings/notifications",
  ]) {
    const response = await page.goto(`/${org.slug}${path}`);
    expect(response!.status(), path).toBe(200);
    const header = response!.headers()["content-security-policy"]!;
    nonces.add(/'nonce-([^']+)'/.exec(header)![1]!);
    await expectScriptsRan(page);
    expect(await violations(), path).toEqual([]);
  }
  expect(nonces.size).toBe(7); // one per response, never reused

  // Client-side navigation and a server action still work under the policy.
  await page.getByRole("link", { name: "Services", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${org.slug}/services$`));
  expect(await violations()).toEqual([]);
});

test("[PLATFORM]: the public status page and its embed load with no CSP violations; only the embed may be framed", async ({
  page,
  org,
}) => {
  await signInViaApi(page.request, org.users.admin.email, INSTANCE_A);
  const { page: status } = await publishedPage(page.request, org);
  const violations = await watchCsp(page);

  const response = await page.goto(`/status/${status.slug}`);
  expect(response!.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-security-policy"]).not.toContain("nonce-"); // cacheable: the same for every reader
  expect(headers["x-frame-options"]).toBe("DENY");
  await expect(page.getByText("All Systems Operational")).toBeVisible();
  expect(await violations()).toEqual([]);

  const embedUrl = `${INSTANCE_A}/status/${status.slug}/embed`;
  const embed = await page.request.get(embedUrl);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  // A page of another origin (a real server on loopback: Chromium's local network protection
  // stops a public or intercepted page from framing localhost before any header counts).
  const framer = createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(
      `<!doctype html><title>Other site</title><iframe id="embed" src="${embedUrl}"></iframe><iframe id="app" src="${INSTANCE_A}/signin"></iframe>`,
    );
  });
  await new Promise<void>((r) => framer.listen(0, "127.0.0.1", r));
  await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
  await expect(page.frameLocator("#embed").getByRole("link")).toContainText("All Systems Operational");
  // The app itself refuses to be framed there: the browser reports the refusal.
  await expect
    .poll(async () => (await violations()).some((v) => /frame-ancestors 'self'/.test(v)), { timeout: 10_000 })
    .toBe(true);
  await expect(page.frameLocator("#app").getByRole("button", { name: /sign in/i })).toHaveCount(0);
  expect((await violations()).filter((v) => !/frame-ancestors/.test(v))).toEqual([]);
  await new Promise<void>((r) => framer.close(() => r()));
});
