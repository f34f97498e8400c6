import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/observability/log";
import { emailEnabled, sendMail } from "@/lib/email/mailer";
import { adminPolicy, outboundRequest } from "@/lib/outbound/request";
import { renderBody, renderEmail, type TargetKind } from "./core/events";
import type { DeliveryJob } from "./publish";
import { signatureHeaders } from "./core/signing";

const TIMEOUT_MS = 10_000;

/** One attempt; every attempt is logged. Throwing makes pg-boss retry with backoff. */
export async function deliver(job: DeliveryJob, attempt: number): Promise<void> {
  const target = await db.notificationTarget.findUnique({ where: { id: job.targetId } });
  if (!target || !target.enabled) return; // removed or disabled since: nothing to do
  const started = performance.now();
  const outcome =
    target.kind === "email"
      ? await sendEmail(target.email, job)
      : await post(target.kind as Exclude<TargetKind, "email">, target.url, target.secret, job);
  await db.notificationDelivery.create({
    data: {
      targetId: target.id,
      eventId: job.message.id,
      event: job.message.type,
      attempt,
      status: outcome.error ? "failed" : "delivered",
      responseCode: outcome.responseCode,
      error: outcome.error,
      durationMs: Math.round(performance.now() - started),
    },
  });
  if (outcome.error) {
    log.warn(
      { targetId: target.id, eventId: job.message.id, attempt, error: outcome.error },
      "notification delivery failed; will retry",
    );
    throw new Error(outcome.error);
  }
}

type Outcome = { responseCode: number | null; error: string | null };

async function post(
  kind: Exclude<TargetKind, "email">,
  url: string | null,
  secret: string,
  job: DeliveryJob,
): Promise<Outcome> {
  if (!url) return { responseCode: null, error: "the target has no URL" };
  const body = renderBody(kind, job.message);
  try {
    const response = await outboundRequest(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Vigil-Webhooks/1",
        ...signatureHeaders(secret, job.message.id, body),
      },
      body,
      timeoutMs: TIMEOUT_MS,
      ignoreBody: true,
      policy: adminPolicy(),
    });
    const ok = response.status >= 200 && response.status < 300;
    return { responseCode: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (e) {
    return { responseCode: null, error: e instanceof Error ? e.message : String(e) };
  }
}

async function sendEmail(to: string | null, job: DeliveryJob): Promise<Outcome> {
  if (!to) return { responseCode: null, error: "the target has no email address" };
  if (!emailEnabled()) return { responseCode: null, error: "email is switched off (SMTP_URL is not set)" };
  try {
    // Messages about one incident thread together in the reader's mailbox.
    const incidentId = typeof job.message.data.incidentId === "string" ? job.message.data.incidentId : null;
    await sendMail({
      to,
      ...renderEmail(job.message),
      ...(incidentId ? { threadId: `incident-${incidentId}@vigil` } : {}),
    });
    return { responseCode: null, error: null };
  } catch (e) {
    return { responseCode: null, error: e instanceof Error ? e.message : String(e) };
  }
}
