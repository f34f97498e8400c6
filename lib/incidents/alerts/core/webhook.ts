import { randomBytes } from "node:crypto";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { z } from "zod";
import { DomainError, unauthorized } from "@/lib/errors";
import type { InboundAlert } from "./normalize";

// The generic inbound webhook follows Standard Webhooks (https://www.standardwebhooks.com):
// `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, several space-separated
// signatures allowed during key rotation, timestamps within ±5 minutes. Signing the id too
// means a captured request cannot be replayed under a fresh webhook-id.
export const SECRET_PREFIX = "whsec_";

export const webhookAlertSchema = z.object({
  title: z.string().trim().min(1, "Give the alert a title.").max(200),
  severity: z.enum(["SEV1", "SEV2", "SEV3", "SEV4"]).default("SEV3"),
  summary: z.string().max(4000).default(""),
  dedupKey: z.string().trim().min(1).max(200).optional(),
  status: z.enum(["firing", "resolved"]),
  service: z.string().trim().min(1).max(100).optional(),
});
export type WebhookAlert = z.infer<typeof webhookAlertSchema>;

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

export type SignatureHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

/** For senders and tests: the three headers for `body`, signed with `secret` at `at`. */
export function signWebhook(secret: string, id: string, at: Date, body: string): SignatureHeaders {
  const signature = new Webhook(secret).sign(id, at, body);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  };
}

const REASONS: Record<string, string> = {
  "Missing required headers": "Send the webhook-id, webhook-timestamp and webhook-signature headers.",
  "Invalid Signature Headers": "webhook-timestamp must be Unix seconds.",
  "Message timestamp too old":
    "webhook-timestamp is more than 5 minutes old: check the sender's clock, or this is a replay.",
  "Message timestamp too new": "webhook-timestamp is more than 5 minutes in the future: check the sender's clock.",
  "No matching signature found":
    "The signature does not match: sign `webhook-id.webhook-timestamp.body` with the integration's secret (HMAC-SHA256, base64, prefixed v1,).",
};

/** Verifies the signature and time window; returns the message id to record against replays. */
export function verifyWebhook(secrets: string[], body: string, headers: Partial<SignatureHeaders>): string {
  const id = headers["webhook-id"];
  let lastError: unknown;
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(body, { ...headers } as Record<string, string>, { jsonParse: false });
      if (!id) throw unauthorized(REASONS["Missing required headers"]);
      return id;
    } catch (e) {
      if (!(e instanceof WebhookVerificationError)) throw e;
      lastError = e;
      if (e.message !== "No matching signature found") break;
    }
  }
  const reason = lastError instanceof Error ? REASONS[lastError.message] : undefined;
  throw unauthorized(reason ?? "The webhook signature could not be verified.");
}

export function parseWebhookBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new DomainError("bad_request", 400, "The request body is not valid JSON.");
  }
}

/** Without a dedupKey every delivery is its own alert; resolving then needs the same key. */
export function fromWebhook(
  integrationId: string,
  alert: WebhookAlert,
  messageId: string,
  receivedAt: Date,
): InboundAlert {
  const key = alert.dedupKey ?? messageId;
  return {
    source: "webhook",
    fingerprint: key,
    groupKey: `webhook:${integrationId}:${key}`,
    status: alert.status,
    // A stable startsAt keeps the (fingerprint, startsAt) key the same for firing and resolving.
    startsAt: alert.dedupKey ? new Date(0) : receivedAt,
    endsAt: alert.status === "resolved" ? receivedAt : null,
    title: alert.title,
    summary: alert.summary,
    severity: alert.severity,
    labels: alert.service ? { service: alert.service } : {},
    annotations: { summary: alert.title, ...(alert.summary ? { description: alert.summary } : {}) },
    ...(alert.service ? { service: alert.service } : {}),
  };
}
