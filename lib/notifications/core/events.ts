// What can be notified, and how a message looks for each kind of target. Pure: no I/O.
export const NOTIFICATION_EVENT_TYPES = [
  "incident.declared",
  "incident.status_changed",
  "incident.severity_changed",
  "incident.role_changed",
  "incident.resolved",
  "incident.update_posted",
  "incident.update_due",
  "slo.alert_fired",
  "slo.alert_resolved",
  "postmortem.overdue",
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

export const TARGET_KINDS = ["webhook", "slack", "email"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export type NotificationEvent = {
  type: NotificationEventType | "test";
  orgId: string;
  /** Private (security) incidents: the message never names them. */
  private: boolean;
  title: string;
  text: string;
  url?: string;
  data: Record<string, unknown>;
  occurredAt: Date;
};

export type OutboundMessage = {
  id: string;
  type: string;
  occurredAt: string;
  title: string;
  text: string;
  url?: string;
  data: Record<string, unknown>;
};

export function toMessage(id: string, event: NotificationEvent): OutboundMessage {
  if (event.private) {
    return {
      id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      title: "A private incident changed",
      text: "Details are visible in Vigil to the people on the incident.",
      ...(event.url ? { url: event.url } : {}),
      data: { private: true },
    };
  }
  return {
    id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    title: event.title,
    text: event.text,
    ...(event.url ? { url: event.url } : {}),
    data: event.data,
  };
}

/** An email for a message: the title as the subject, the text and a link to Vigil as the body. */
export function renderEmail(message: OutboundMessage): { subject: string; text: string } {
  return {
    subject: `[Vigil] ${message.title}`,
    text: `${message.text}\n${message.url ? `\nOpen in Vigil: ${message.url}\n` : ""}\n— ${message.type} at ${message.occurredAt}`,
  };
}

/** The HTTP body for a target kind: Vigil's JSON, or a Slack incoming-webhook message. */
export function renderBody(kind: Exclude<TargetKind, "email">, message: OutboundMessage): string {
  if (kind === "slack") {
    const link = message.url ? ` <${message.url}|Open in Vigil>` : "";
    return JSON.stringify({
      text: `${message.title}: ${message.text}`,
      blocks: [
        {
          type: "section",
          text: { type: "mrkdwn", text: `*${escapeSlack(message.title)}*\n${escapeSlack(message.text)}${link}` },
        },
        { type: "context", elements: [{ type: "mrkdwn", text: `${message.type} · ${message.occurredAt}` }] },
      ],
    });
  }
  return JSON.stringify(message);
}

function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An empty subscription list means every event. */
export function wants(events: readonly string[], type: string): boolean {
  return type === "test" || events.length === 0 || events.includes(type);
}
