// What subscribers receive: emails (text and HTML) and Statuspage-style webhook payloads, built
// from the public v2 shapes only (so nothing private can be in them). Pure.
import { UPDATE_STATUS_LABEL } from "./render/labels";
import type { V2Incident, V2Maintenance } from "./serialize";
import type { PageStatus } from "./status";

export type WebhookPayload = {
  meta: { unsubscribe: string; documentation: string };
  page: { id: string; status_indicator: string; status_description: string };
  incident: V2Incident | V2Maintenance;
};

/** One notification, the same for every subscriber but for the unsubscribe link. */
export type SubscriberMessage = {
  /** Stable per event: the webhook-id receivers de-duplicate on, and the email thread. */
  id: string;
  threadId: string;
  subject: string;
  text: string;
  html: string;
  payload: Omit<WebhookPayload, "meta">;
};

export type MessagePage = { id: string; name: string; url: string; status: PageStatus };

const DOCUMENTATION = "https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const label = (status: string) => UPDATE_STATUS_LABEL[status as keyof typeof UPDATE_STATUS_LABEL] ?? status;

/** An incident's (or maintenance's) news, its updates newest first (as the v2 shape lists them). */
export function notificationMessage(
  id: string,
  page: MessagePage,
  incident: V2Incident | V2Maintenance,
): SubscriberMessage {
  const isMaintenance = incident.impact === "maintenance";
  const subject = `[${page.name}] ${isMaintenance ? "Maintenance" : "Incident"}: ${incident.name} – ${label(incident.status)}`;
  const window =
    "scheduled_for" in incident ? `Scheduled: ${incident.scheduled_for} – ${incident.scheduled_until} (UTC)` : null;
  const affected = incident.components.length ? `Affected: ${incident.components.map((c) => c.name).join(", ")}` : null;
  const lines = incident.incident_updates.map((u) => `${label(u.status)} (${u.display_at}): ${u.body}`);
  const text = [
    incident.name,
    window,
    affected,
    "",
    ...lines,
    "",
    `Details: ${incident.shortlink}`,
    `Current status: ${page.status.description} – ${page.url}`,
  ]
    .filter((l): l is string => l !== null)
    .join("\n");
  const html = [
    `<h1 style="font-size:18px">${escapeHtml(incident.name)}</h1>`,
    window ? `<p>${escapeHtml(window)}</p>` : "",
    affected ? `<p>${escapeHtml(affected)}</p>` : "",
    ...incident.incident_updates.map(
      (u) =>
        `<p><strong>${escapeHtml(label(u.status))}</strong> <small>${escapeHtml(u.display_at)}</small><br>${escapeHtml(u.body).replace(/\n/g, "<br>")}</p>`,
    ),
    `<p><a href="${escapeHtml(incident.shortlink)}">Details</a> · <a href="${escapeHtml(page.url)}">${escapeHtml(page.status.description)}</a></p>`,
  ].join("");
  return {
    id,
    threadId: `${incident.id}@${new URL(page.url).hostname}`,
    subject,
    text,
    html,
    payload: {
      page: { id: page.id, status_indicator: page.status.indicator, status_description: page.status.description },
      incident,
    },
  };
}

/** The message as one subscriber gets it: with their own unsubscribe link. */
export function personalize(message: SubscriberMessage, unsubscribeUrl: string) {
  return {
    subject: message.subject,
    text: `${message.text}\n\n--\nUnsubscribe: ${unsubscribeUrl}\n`,
    html: `${message.html}<hr><p style="font-size:12px"><a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a></p>`,
    payload: {
      meta: { unsubscribe: unsubscribeUrl, documentation: DOCUMENTATION },
      ...message.payload,
    } satisfies WebhookPayload,
  };
}

export function confirmationMessage(pageName: string, confirmUrl: string) {
  const subject = `Confirm your subscription to ${pageName} status`;
  const text = `Someone (hopefully you) asked to receive ${pageName} status updates at this address.\n\nConfirm: ${confirmUrl}\n\nIf it was not you, ignore this email: nothing will be sent without confirmation. The link works for 24 hours.\n`;
  const html = `<p>Someone (hopefully you) asked to receive <strong>${escapeHtml(pageName)}</strong> status updates at this address.</p><p><a href="${escapeHtml(confirmUrl)}">Confirm the subscription</a></p><p>If it was not you, ignore this email: nothing will be sent without confirmation. The link works for 24 hours.</p>`;
  return { subject, text, html };
}
