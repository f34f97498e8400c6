// Rules of status page subscriptions, without I/O: tokens' lifetimes, resend limits, who gets
// which notification, and which webhook addresses are acceptable.
import ipaddr from "ipaddr.js";
import { hostProblem } from "@/lib/outbound/core/policy";

/** A confirmation link works this long. */
export const CONFIRM_TTL_MS = 24 * 3_600_000;
/** Asking again sooner sends no second email: the form cannot be used to flood an inbox. */
export const RESEND_AFTER_MS = 10 * 60_000;
/** At most this many unconfirmed email subscriptions may be started on one page per hour. */
export const MAX_PENDING_PER_HOUR = 100;
/**
 * Webhooks start at once, so they are bounded instead: per page and hour, and per receiving
 * origin, so a page's subscribers cannot be turned into a flood of requests at one site.
 */
export const MAX_WEBHOOKS_PER_HOUR = 100;
export const MAX_WEBHOOKS_PER_ORIGIN = 5;

export const confirmationExpired = (expiresAt: Date | null, now: Date) =>
  !expiresAt || expiresAt.getTime() <= now.getTime();

/** The confirmation email was sent at (expiry − TTL); another may go once RESEND_AFTER_MS passed. */
export function mayResendConfirmation(expiresAt: Date | null, now: Date): boolean {
  if (!expiresAt) return true;
  return now.getTime() - (expiresAt.getTime() - CONFIRM_TTL_MS) >= RESEND_AFTER_MS;
}

/**
 * A subscriber of the whole page (no components chosen) hears of everything on it; one of some
 * components hears of what affects one of them, or what affects no component in particular.
 */
export function subscriberWants(
  chosenComponentIds: readonly string[],
  affectedComponentIds: readonly string[],
): boolean {
  if (chosenComponentIds.length === 0 || affectedComponentIds.length === 0) return true;
  return affectedComponentIds.some((id) => chosenComponentIds.includes(id));
}

/**
 * Why a webhook URL is refused, or null. Anyone may subscribe one, so Vigil must not be made to
 * post into its own network: loopback, private, link-local and other non-public addresses are
 * refused by name here and again, after DNS, when delivering (lib/outbound). Link-local and
 * cloud metadata addresses stay refused even when SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE is set.
 */
export function webhookAddressProblem(url: string, allowPrivate: boolean): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return "Give the webhook as a full http(s) URL.";
  }
  if (!/^https?:$/.test(new URL(url).protocol)) return "Give the webhook as a full http(s) URL.";
  const problem = hostProblem(host, {
    allowPrivate,
    allowedNetworks: [],
    setting: "SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE",
  });
  if (problem) return `This webhook address is not accepted (${problem}); give a public address.`;
  if (!allowPrivate && !ipaddr.isValid(host) && !host.includes("."))
    return "Give the webhook's full host name (e.g. hooks.example.com).";
  return null;
}
