import type { NextRequest } from "next/server";
import { json, requestIdOf } from "@/lib/api/handler";
import { errorResponse } from "@/lib/api/respond";
import { toDomainError, DomainError } from "@/lib/errors";
import { receiveWebhook } from "@/lib/incidents/alerts/receive";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

const ROUTE = "/api/v1/integrations/webhook/{integrationId}";
const MAX_BODY_BYTES = 64 * 1024;

// Not apiRoute: the sender proves itself with an HMAC signature over the raw body, not a token.
export async function POST(
  req: NextRequest,
  context: { params: Promise<{ integrationId: string }> },
): Promise<Response> {
  const requestId = requestIdOf(req);
  const started = performance.now();
  let status = 500;
  try {
    const { integrationId } = await context.params;
    const body = await req.text();
    if (Buffer.byteLength(body) > MAX_BODY_BYTES)
      throw new DomainError("bad_request", 413, "The body is larger than 64 KiB.");
    const headers = {
      "webhook-id": req.headers.get("webhook-id") ?? "",
      "webhook-timestamp": req.headers.get("webhook-timestamp") ?? "",
      "webhook-signature": req.headers.get("webhook-signature") ?? "",
    };
    const result = await receiveWebhook(integrationId, body, headers, requestId);
    status = 200;
    return json(result, { headers: { "x-request-id": requestId } });
  } catch (e) {
    const domain = toDomainError(e);
    if (domain) {
      status = domain.status;
      return errorResponse(domain, requestId);
    }
    log.error({ err: e, requestId, route: ROUTE }, "unhandled error in webhook route");
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
    metrics.httpDuration.observe({ method: "POST", route: ROUTE, status: String(status) }, seconds);
    log.info({ requestId, method: "POST", route: ROUTE, status, ms: Math.round(seconds * 1000) }, "api request");
  }
}
