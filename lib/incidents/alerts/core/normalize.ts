import type { AlertmanagerAlert, AlertmanagerPayload } from "./alertmanager";

export type Severity = "SEV1" | "SEV2" | "SEV3" | "SEV4";

/** One alert in Vigil's terms, whichever integration sent it. */
export type InboundAlert = {
  source: "alertmanager" | "webhook";
  fingerprint: string;
  groupKey: string;
  status: "firing" | "resolved";
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  summary: string;
  severity: Severity;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  service?: string;
};

/**
 * The `severity` label's conventional values. Unknown or missing values become SEV3: an alert
 * somebody routed to Vigil deserves attention, but not a page at SEV1 by guesswork.
 */
export const DEFAULT_SEVERITY_MAP: Readonly<Record<string, Severity>> = {
  critical: "SEV1",
  page: "SEV1",
  error: "SEV2",
  high: "SEV2",
  major: "SEV2",
  warning: "SEV3",
  warn: "SEV3",
  medium: "SEV3",
  info: "SEV4",
  low: "SEV4",
  minor: "SEV4",
};
export const FALLBACK_SEVERITY: Severity = "SEV3";

export function severityFromLabel(
  value: string | undefined,
  map: Readonly<Record<string, Severity>> = DEFAULT_SEVERITY_MAP,
): Severity {
  const key = value?.trim().toLowerCase();
  if (key && /^sev[1-4]$/.test(key)) return key.toUpperCase() as Severity;
  return (key ? map[key] : undefined) ?? FALLBACK_SEVERITY;
}

const MAX_TITLE = 200;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function alertTitle(labels: Record<string, string>, annotations: Record<string, string>): string {
  const title =
    annotations.summary?.trim() || annotations.title?.trim() || labels.alertname?.trim() || "Alert from Alertmanager";
  return clip(title, MAX_TITLE);
}

// Go's zero time marks an alert that has not ended yet.
function parseEndsAt(value: string | undefined): Date | null {
  if (!value || value.startsWith("0001-01-01")) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `severityMap`: the organization's own label values, over the built-in ones. */
export function fromAlertmanager(
  payload: AlertmanagerPayload,
  severityMap: Readonly<Record<string, Severity>> = {},
): InboundAlert[] {
  const map = { ...DEFAULT_SEVERITY_MAP, ...severityMap };
  return payload.alerts.map((alert: AlertmanagerAlert) => {
    const labels = { ...payload.commonLabels, ...alert.labels };
    const annotations = { ...payload.commonAnnotations, ...alert.annotations };
    return {
      source: "alertmanager",
      fingerprint: alert.fingerprint,
      groupKey: payload.groupKey,
      status: alert.status,
      startsAt: new Date(alert.startsAt),
      endsAt: alert.status === "resolved" ? parseEndsAt(alert.endsAt) : null,
      title: alertTitle(labels, annotations),
      summary: clip(annotations.description ?? "", 4000),
      severity: severityFromLabel(labels.severity, map),
      labels,
      annotations,
      ...(labels.service ? { service: labels.service } : {}),
    };
  });
}
