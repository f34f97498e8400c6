import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { DomainError, isDomainError } from "@/lib/errors";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { frameOptionsFor } from "@/lib/core/security-headers";
import { pageKeyFor } from "./core/hosts";
import { conditionalResponse, MISSING_CACHE_CONTROL } from "./core/http-cache";
import { cachedPublicPage } from "./public-cache";
import type { PublicPage } from "./core/public-files";
import { renderMessagePage } from "./core/render/incident";
import { subscribeSchema, subscriptionTokenSchema } from "./core/schemas";
import { confirmSubscription, subscribe, subscriberOfUnsubscribeToken, unsubscribe } from "./subscriptions";

// The public side of a status page: /status/{slug}/… (or the page's own host, rewritten there by
// proxy.ts). No session, no cookies: reads come from the public cache; the only writes are
// subscriptions, authorised by their tokens.

const ROUTE = "/status/[slug]";
const MAX_BODY_BYTES = 16_384;

type Params = { slug: string; path?: string[] };

const wantsJson = (req: NextRequest, path: string) =>
  path.startsWith("api/") ||
  (req.headers.get("content-type") ?? "").includes("application/json") ||
  ((req.headers.get("accept") ?? "").includes("application/json") &&
    !(req.headers.get("accept") ?? "").includes("text/html"));

function errorJson(
  status: number,
  code: string,
  message: string,
  details?: unknown,
  headers: Record<string, string> = {},
) {
  return Response.json(
    { error: { code, message, ...(details === undefined ? {} : { details }) } },
    { status, headers: { "cache-control": "no-store", ...headers } },
  );
}

function plain(status: number, text: string, headers: Record<string, string>) {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

const notFound = (json: boolean) =>
  json
    ? errorJson(404, "not_found", "There is no such status page or file.", undefined, {
        "cache-control": MISSING_CACHE_CONTROL,
      })
    : plain(404, "There is no such status page.", { "cache-control": MISSING_CACHE_CONTROL });

// Only when this instance has never loaded the page and the database does not answer.
const unavailable = (json: boolean) => {
  const headers = { "retry-after": "30", "cache-control": "no-store" };
  return json
    ? errorJson(503, "internal", "The status page is temporarily unavailable; try again shortly.", undefined, headers)
    : plain(503, "The status page is temporarily unavailable; try again shortly.", headers);
};

function html(page: PublicPage, status: number, message: Parameters<typeof renderMessagePage>[1]) {
  const rendered = renderMessagePage({ branding: page.source.page, basePath: page.source.basePath }, message);
  return new Response(rendered.html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": rendered.csp,
      ...frameOptionsFor(rendered.csp),
      "cache-control": "no-store",
    },
  });
}

async function resolve(
  req: NextRequest,
  params: Params,
): Promise<{ page: PublicPage | null; path: string; json: boolean } | Response> {
  const path = (params.path ?? []).join("/");
  const json = wantsJson(req, path);
  const key = pageKeyFor(params.slug, req.headers.get("host"));
  if (!key) return notFound(json);
  try {
    return { page: await cachedPublicPage(key), path, json };
  } catch {
    return unavailable(json);
  }
}

async function timed(method: string, run: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  let status = 500;
  try {
    const response = await run();
    status = response.status;
    return response;
  } finally {
    metrics.httpDuration.observe(
      { method, route: ROUTE, status: String(status) },
      (performance.now() - started) / 1000,
    );
  }
}

/** GET: a cached file with ETag and 304, or a subscription page. */
export function getPublic(req: NextRequest, params: Params): Promise<Response> {
  return timed("GET", async () => {
    const resolved = await resolve(req, params);
    if (resolved instanceof Response) return resolved;
    const { page, path, json } = resolved;
    if (!page) return notFound(json);
    if (path.startsWith("subscriptions/")) return subscriptionPage(req, page, path);
    const parts = path.split("/");
    const file = parts.length === 2 && parts[0] === "incidents" ? page.detail(parts[1]!) : page.file(path);
    if (!file) return notFound(json);
    const r = conditionalResponse(file, req.headers.get("if-none-match"), file.headers);
    return new Response(r.body ? streamOf(r.body) : null, { status: r.status, headers: r.headers });
  });
}

// A Response made from bytes copies them; from a stream it does not. The cached bytes are never
// changed, so every response can send the same ones, which spares a page-sized copy (and its
// garbage) per request under load.
const streamOf = (bytes: Buffer) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

const tokenOf = (req: NextRequest) => subscriptionTokenSchema.safeParse(req.nextUrl.searchParams.get("token") ?? "");

// Links in emails open a page with a button: mail scanners follow links, and must not confirm
// or unsubscribe anyone by doing so. Mail clients' one-click unsubscribe POSTs directly.
async function subscriptionPage(req: NextRequest, page: PublicPage, path: string): Promise<Response> {
  const token = tokenOf(req);
  const ref = { pageId: page.pageId, orgId: page.orgId };
  const action = `${page.source.basePath}/${path}?token=${encodeURIComponent(token.data ?? "")}`;
  if (!token.success)
    return html(page, 400, {
      title: "This link is incomplete",
      lines: ["Open the whole link from the email, or subscribe again."],
    });
  if (path === "subscriptions/confirm") {
    return html(page, 200, {
      title: "Confirm your subscription",
      lines: [`You will receive ${page.source.page.name} status updates.`],
      form: { action, button: "Confirm subscription", fields: {} },
    });
  }
  if (path === "subscriptions/unsubscribe") {
    try {
      const subscriber = await subscriberOfUnsubscribeToken(ref, token.data);
      if (!subscriber)
        return html(page, 404, {
          title: "Already unsubscribed",
          lines: ["This link is unknown, or the subscription has already ended."],
        });
      const who = subscriber.email ?? subscriber.webhookUrl ?? "this subscription";
      return html(page, 200, {
        title: "Unsubscribe",
        lines: [`Stop sending ${page.source.page.name} status updates to ${who}?`],
        form: { action, button: "Unsubscribe", fields: {} },
      });
    } catch {
      return unavailable(false);
    }
  }
  return notFound(false);
}

async function readBody(req: NextRequest, json: boolean): Promise<Record<string, unknown>> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) throw new DomainError("bad_request", 413, "The request body is too large.");
  if (json) {
    try {
      return (await req.json()) as Record<string, unknown>;
    } catch {
      throw new DomainError("bad_request", 400, "The request body is not valid JSON.");
    }
  }
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new DomainError("bad_request", 413, "The request body is too large.");
  const form = new URLSearchParams(text);
  return { ...Object.fromEntries(form), componentIds: form.getAll("componentIds") };
}

const issues = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

/** POST: subscribe, confirm, unsubscribe (also RFC 8058 one-click). */
export function postPublic(req: NextRequest, params: Params): Promise<Response> {
  return timed("POST", async () => {
    const resolved = await resolve(req, params);
    if (resolved instanceof Response) return resolved;
    const { page, path, json } = resolved;
    if (!page) return notFound(json);
    const ref = { pageId: page.pageId, orgId: page.orgId };
    try {
      if (path === "subscribe") {
        const parsed = subscribeSchema.safeParse(await readBody(req, json));
        if (!parsed.success) {
          const details = issues(parsed.error);
          return json
            ? errorJson(422, "validation_failed", "The subscription has invalid fields.", details)
            : html(page, 422, { title: "Please check the form", lines: details.map((d) => d.message) });
        }
        const result = await subscribe(ref, parsed.data);
        if (result.kind === "email") {
          const lines = [
            `If ${result.email} is not subscribed yet, a confirmation link is on its way to it. Nothing is sent until you confirm.`,
          ];
          return json
            ? Response.json(
                { kind: "email", status: "confirmation_sent" },
                { status: 202, headers: { "cache-control": "no-store" } },
              )
            : html(page, 202, { title: "Check your inbox", lines });
        }
        const unsubscribeUrl = `${page.source.snapshot.page.url}/subscriptions/unsubscribe?token=${result.unsubscribeToken}`;
        return json
          ? Response.json(
              { kind: "webhook", status: "subscribed", secret: result.secret, unsubscribe_url: unsubscribeUrl },
              { status: 201, headers: { "cache-control": "no-store" } },
            )
          : html(page, 201, {
              title: "Webhook subscribed",
              lines: [
                `Deliveries are signed as Standard Webhooks with this secret, shown only now: ${result.secret}`,
                `To unsubscribe, POST to or open ${unsubscribeUrl} (every delivery carries it as meta.unsubscribe).`,
              ],
            });
      }
      const token = tokenOf(req);
      if (!token.success)
        throw new DomainError("bad_request", 400, "This link is incomplete; open the whole link from the email.");
      if (path === "subscriptions/confirm") {
        const { email } = await confirmSubscription(ref, token.data);
        return json
          ? Response.json({ status: "confirmed" }, { headers: { "cache-control": "no-store" } })
          : html(page, 200, {
              title: "Subscribed",
              lines: [`${email ?? "You"} will receive ${page.source.page.name} status updates.`],
            });
      }
      if (path === "subscriptions/unsubscribe") {
        await unsubscribe(ref, token.data);
        return json
          ? Response.json({ status: "unsubscribed" }, { headers: { "cache-control": "no-store" } })
          : html(page, 200, {
              title: "Unsubscribed",
              lines: ["You will receive no more updates from this status page."],
            });
      }
      return notFound(json);
    } catch (e) {
      if (!isDomainError(e)) {
        log.error({ err: e, path }, "status page subscription failed");
        return json
          ? errorJson(500, "internal", "Something went wrong on our side; try again.")
          : html(page, 500, { title: "Something went wrong", lines: ["Nothing was changed; try again."] });
      }
      const headers: Record<string, string> = {};
      const retry = (e.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) headers["retry-after"] = String(retry);
      return json
        ? errorJson(e.status, e.code, e.message, e.details, headers)
        : html(page, e.status, { title: "That did not work", lines: [e.message] });
    }
  });
}
