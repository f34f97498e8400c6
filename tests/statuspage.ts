import { NextRequest } from "next/server";
import pg from "pg";
import type { OrgContext } from "@/lib/access/context";
import type { Change } from "@/lib/realtime/changes";
import { CHANNEL } from "@/lib/realtime/changes";
import { createService } from "@/lib/services/catalog";
import { createComponent, createStatusPage } from "@/lib/statuspage/admin.test-helpers";
import { getPublic, postPublic } from "@/lib/statuspage/public-routes";
import { unique } from "./factories";

/** A published page with two components mapped to two services. */
export async function publishedPage(ctx: OrgContext, extra: { hostName?: string } = {}) {
  const api = await createService(ctx, {
    name: "API",
    slug: unique("api"),
    description: "",
    team: "",
    tier: 1,
    links: {},
  });
  const web = await createService(ctx, {
    name: "Web",
    slug: unique("web"),
    description: "",
    team: "",
    tier: 2,
    links: {},
  });
  const page = await createStatusPage(ctx, { name: "Acme", slug: unique("acme"), published: true, ...extra });
  const apiComponent = await createComponent(ctx, page.id, { name: "Public API", serviceId: api.id, position: 1 });
  const webComponent = await createComponent(ctx, page.id, { name: "Website", serviceId: web.id, position: 2 });
  return { page, api, web, apiComponent, webComponent };
}

const splitPath = (path: string) => path.split("/").filter(Boolean);

/** GET /status/{slug}/{path} through the real route code (no server needed). */
export async function publicGet(slug: string, path = "", headers: Record<string, string> = {}) {
  const req = new NextRequest(`http://vigil.test/status/${slug}/${path}`, {
    headers: { host: "vigil.test", ...headers },
  });
  const response = await getPublic(req, { slug, path: splitPath(path.split("?")[0]!) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export async function publicPost(
  slug: string,
  path: string,
  body: string | object,
  headers: Record<string, string> = {},
) {
  const json = typeof body !== "string";
  const req = new NextRequest(`http://vigil.test/status/${slug}/${path}`, {
    method: "POST",
    headers: {
      host: "vigil.test",
      "content-type": json ? "application/json" : "application/x-www-form-urlencoded",
      ...headers,
    },
    body: json ? JSON.stringify(body) : body,
  });
  const response = await postPublic(req, { slug, path: splitPath(path.split("?")[0]!) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * A second, independent LISTEN connection: what another Vigil instance has. Returns a subscribe
 * function shaped like subscribeChanges, and a close function.
 */
export async function ownListener(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  const listeners = new Set<(c: Change) => void>();
  client.on("notification", (m) => {
    if (m.payload) for (const l of listeners) l(JSON.parse(m.payload) as Change);
  });
  return {
    subscribe: (listener: (c: Change) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => client.end(),
  };
}

export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
