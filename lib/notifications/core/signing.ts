import { Webhook } from "standardwebhooks";

// Outbound deliveries are signed as Standard Webhooks (https://www.standardwebhooks.com):
// `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, so receivers can use
// any Standard Webhooks library to verify them.
export function signatureHeaders(secret: string, id: string, body: string, now = new Date()): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, now, body),
  };
}
