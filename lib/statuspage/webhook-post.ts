import "server-only";
import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { signatureHeaders } from "@/lib/notifications/core/signing";

// Subscriber webhooks are given by anyone, so deliveries go through agents that refuse
// private, loopback and link-local addresses after DNS resolution (which also defeats DNS
// rebinding); SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE switches that off for closed networks and tests.
const strict = { "http:": new RequestFilteringHttpAgent(), "https:": new RequestFilteringHttpsAgent() };
const open = { "http:": new http.Agent(), "https:": new https.Agent() };

const TIMEOUT_MS = 10_000;

/** POSTs a Standard Webhooks-signed JSON body; resolves with the status, rejects unless 2xx. Redirects are not followed. */
export function postSignedJson(
  url: string,
  secret: string,
  id: string,
  body: string,
  allowPrivate: boolean,
): Promise<number> {
  const target = new URL(url);
  const protocol = target.protocol as "http:" | "https:";
  const client = protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        agent: (allowPrivate ? open : strict)[protocol],
        timeout: TIMEOUT_MS,
        headers: {
          "content-type": "application/json",
          "user-agent": "Vigil-Status-Webhooks/1",
          "content-length": Buffer.byteLength(body),
          ...signatureHeaders(secret, id, body),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(status);
          else reject(new Error(`HTTP ${status}`));
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", reject);
    request.end(body);
  });
}
