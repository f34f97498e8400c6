import { createHmac, timingSafeEqual } from "node:crypto";

// Standard Webhooks (https://www.standardwebhooks.com) signatures: HMAC-SHA256 over
// `${id}.${timestamp}.${body}`, sent as `webhook-signature: v1,<base64>`; several
// space-separated signatures are allowed during key rotation.
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function keyBytes(secret: string): Buffer {
  return secret.startsWith("whsec_") ? Buffer.from(secret.slice(6), "base64") : Buffer.from(secret, "utf8");
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", keyBytes(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

export function signatureHeaders(secret: string, id: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": sign(secret, id, timestamp, body) };
}

export type VerifyResult = { ok: true; id: string } | { ok: false; reason: string };

/** Checks the headers against any of `secrets` (old and new during rotation), in constant time. */
export function verify(secrets: string[], headers: Headers, body: string, now = new Date()): VerifyResult {
  const id = headers.get("webhook-id");
  const timestamp = Number(headers.get("webhook-timestamp"));
  const signatures = (headers.get("webhook-signature") ?? "").split(" ").filter(Boolean);
  if (!id || !Number.isInteger(timestamp) || signatures.length === 0) {
    return { ok: false, reason: "Send webhook-id, webhook-timestamp and webhook-signature headers." };
  }
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, reason: "The webhook-timestamp is more than 5 minutes away from our clock." };
  }
  for (const secret of secrets) {
    const expected = Buffer.from(sign(secret, id, timestamp, body));
    for (const given of signatures) {
      const candidate = Buffer.from(given);
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) return { ok: true, id };
    }
  }
  return { ok: false, reason: "The signature does not match." };
}
