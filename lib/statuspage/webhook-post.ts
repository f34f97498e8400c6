import "server-only";
import { signatureHeaders } from "@/lib/notifications/core/signing";
import { outboundRequest, type OutboundPolicy } from "@/lib/outbound/request";

const TIMEOUT_MS = 10_000;

/**
 * POSTs a Standard Webhooks-signed JSON body; resolves with the status, rejects unless 2xx.
 * Subscriber webhooks are given by anyone, so the address is checked at connect time, after
 * DNS (lib/outbound); redirects are not followed.
 */
export async function postSignedJson(
  url: string,
  secret: string,
  id: string,
  body: string,
  policy: OutboundPolicy,
): Promise<number> {
  const response = await outboundRequest(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "Vigil-Status-Webhooks/1",
      ...signatureHeaders(secret, id, body),
    },
    body,
    timeoutMs: TIMEOUT_MS,
    ignoreBody: true,
    policy,
  });
  if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}`);
  return response.status;
}
