import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/observability/log";
import { renderBody, type TargetKind } from "./events";
import type { DeliveryJob } from "./publish";
import { signatureHeaders } from "./signing";

const TIMEOUT_MS = 10_000;

/** One attempt; every attempt is logged. Throwing makes pg-boss retry with backoff. */
export async function deliver(job: DeliveryJob, attempt: number): Promise<void> {
  const target = await db.notificationTarget.findUnique({ where: { id: job.targetId } });
  if (!target || !target.enabled || !target.url) return; // removed or disabled since: nothing to do
  const body = renderBody(target.kind as TargetKind, job.message);
  const started = performance.now();
  let status = "failed";
  let responseCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Vigil-Webhooks/1", ...signatureHeaders(target.secret, job.message.id, body) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "manual",
    });
    responseCode = response.status;
    await response.body?.cancel();
    if (response.ok) status = "delivered";
    else error = `HTTP ${response.status}`;
  } catch (e) {
    error = e instanceof Error ? (e.name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : e.message) : String(e);
  }
  await db.notificationDelivery.create({
    data: { targetId: target.id, eventId: job.message.id, event: job.message.type, attempt, status, responseCode, error, durationMs: Math.round(performance.now() - started) },
  });
  if (status !== "delivered") {
    log.warn({ targetId: target.id, eventId: job.message.id, attempt, error }, "notification delivery failed; will retry");
    throw new Error(error ?? "delivery failed");
  }
}
