import { randomBytes } from "node:crypto";
import type { APIRequestContext, Browser } from "@playwright/test";
import { INSTANCE_A } from "../../playwright.config";
import { database, expect, signInViaApi, type SeededOrg } from "../support/fixtures";

type Role = keyof SeededOrg["users"];

/** A browser context signed in as `role` (cookies on localhost reach both instances). */
export async function as(browser: Browser, org: SeededOrg, role: Role, baseURL = INSTANCE_A) {
  const context = await browser.newContext({ baseURL });
  await signInViaApi(context.request, org.users[role].email, baseURL);
  return context;
}

/** A published page with two components on two services, made through the admin API. */
export async function publishedPage(request: APIRequestContext, org: SeededOrg) {
  const headers = { "x-vigil-org": org.slug };
  const id = randomBytes(3).toString("hex");
  const post = async <T>(path: string, data: object) => {
    const response = await request.post(`${INSTANCE_A}${path}`, { headers, data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as T;
  };
  const api = await post<{ id: string }>("/api/v1/services", { name: "Checkout API", slug: `checkout-${id}` });
  const web = await post<{ id: string }>("/api/v1/services", { name: "Website", slug: `website-${id}` });
  const page = await post<{ id: string; slug: string }>("/api/v1/status-pages", {
    name: `Acme ${id}`,
    slug: `acme-${id}`,
    published: true,
  });
  const apiComponent = await post<{ id: string }>(`/api/v1/status-pages/${page.id}/components`, {
    name: "Checkout",
    serviceId: api.id,
    position: 1,
  });
  const webComponent = await post<{ id: string }>(`/api/v1/status-pages/${page.id}/components`, {
    name: "Website",
    serviceId: web.id,
    position: 2,
  });
  return { headers, page, api, web, apiComponent, webComponent };
}

export const userId = async (email: string) =>
  (await database().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

export const V2_FILES = [
  "summary.json",
  "status.json",
  "components.json",
  "incidents.json",
  "incidents/unresolved.json",
  "scheduled-maintenances.json",
  "scheduled-maintenances/upcoming.json",
  "scheduled-maintenances/active.json",
].map((f) => `api/v2/${f}`);
export const PUBLIC_FILES = ["", ...V2_FILES, "history.atom", "history.rss", "badge.svg", "widget.js", "embed"];

/** A public file, fetched as an anonymous reader would (plain fetch: no cookies at all). */
export async function publicFile(base: string, slug: string, file = "", headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/status/${slug}${file ? `/${file}` : ""}`, { headers, cache: "no-store" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export async function summary(base: string, slug: string) {
  return JSON.parse((await publicFile(base, slug, "api/v2/summary.json")).text) as {
    status: { indicator: string };
    components: { id: string; status: string }[];
    incidents: { name: string; incident_updates: { body: string }[] }[];
    scheduled_maintenances: { id: string; status: string }[];
  };
}
