import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { tokenOrgContext, type OrgContext } from "@/lib/access/context";
import { userOrgContext } from "@/lib/access/user-context";
import { badRequest, DomainError, toDomainError, zodDetails } from "@/lib/errors";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { errorResponse } from "./respond";

type RouteParams = Record<string, string>;
type Handler = (req: NextRequest, ctx: OrgContext, params: RouteParams) => Promise<Response>;

export function requestIdOf(req: NextRequest): string {
  const given = req.headers.get("x-request-id");
  return given && /^[\w.-]{8,100}$/.test(given) ? given : randomUUID();
}

/**
 * Wraps a /api/v1 route handler: authenticates the bearer token, times and logs the request,
 * and maps domain errors to JSON `{ error: { code, message, details } }`. Authorisation
 * itself happens in the data-access layer the handler calls.
 */
export function apiRoute(route: string, handler: Handler) {
  return async (req: NextRequest, context: { params: Promise<RouteParams> }): Promise<Response> => {
    const requestId = requestIdOf(req);
    const started = performance.now();
    let status = 500;
    try {
      const ctx = await authenticate(req, requestId);
      const response = await handler(req, ctx, await context.params);
      response.headers.set("x-request-id", requestId);
      status = response.status;
      return response;
    } catch (e) {
      const domain = toDomainError(e);
      if (domain) {
        status = domain.status;
        return errorResponse(domain, requestId);
      }
      log.error({ err: e, requestId, route, method: req.method }, "unhandled error in API route");
      return errorResponse(
        new DomainError(
          "internal",
          500,
          `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
        ),
        requestId,
      );
    } finally {
      const seconds = (performance.now() - started) / 1000;
      metrics.httpDuration.observe({ method: req.method, route, status: String(status) }, seconds);
      log.info({ requestId, method: req.method, route, status, ms: Math.round(seconds * 1000) }, "api request");
    }
  };
}

/**
 * A bearer token, or else the browser's session plus an `X-Vigil-Org: <slug>` header. Requiring
 * that custom header for cookie-authenticated calls makes cross-site requests preflight, so a
 * session can't be ridden by another site (CSRF).
 */
async function authenticate(req: NextRequest, requestId: string): Promise<OrgContext> {
  const org = req.headers.get("x-vigil-org");
  if (!req.headers.has("authorization") && org) return { ...(await userOrgContext(org)), requestId };
  return tokenOrgContext(req.headers.get("authorization"), requestId);
}

/** Parses a JSON body with a zod schema; malformed JSON is a 400, invalid fields a 422. */
export async function parseBody<T extends z.ZodType>(req: NextRequest, schema: T): Promise<z.infer<T>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("application/json"))
    throw new DomainError("bad_request", 415, "Send the body as JSON with `Content-Type: application/json`.");
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError("validation_failed", 422, "The request body has invalid fields.", zodDetails(parsed.error));
  return parsed.data;
}

export function json(data: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(data, init);
}
