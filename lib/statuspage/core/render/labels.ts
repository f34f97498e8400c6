// Words and times as the public page shows them, in the page's time zone. Pure.
import type { ComponentStatus, Impact, Indicator, MaintenanceStatus, PublicIncidentStatus } from "../types";

export const COMPONENT_STATUS_LABEL: Record<ComponentStatus, string> = {
  operational: "Operational",
  under_maintenance: "Under maintenance",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
};

export const UPDATE_STATUS_LABEL: Record<PublicIncidentStatus | MaintenanceStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  postmortem: "Postmortem",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

export const IMPACT_LABEL: Record<Impact | "maintenance", string> = {
  none: "No impact",
  minor: "Minor",
  major: "Major",
  critical: "Critical",
  maintenance: "Maintenance",
};

/** The CSS tone (colour) of a status, an impact or the page indicator. */
export type Tone = "ok" | "minor" | "major" | "critical" | "maintenance" | "none";
export const COMPONENT_TONE: Record<ComponentStatus, Tone> = {
  operational: "ok",
  under_maintenance: "maintenance",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};
export const INDICATOR_TONE: Record<Indicator, Tone> = {
  none: "ok",
  maintenance: "maintenance",
  minor: "minor",
  major: "major",
  critical: "critical",
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, kind: "dateTime" | "day" | "key"): Intl.DateTimeFormat {
  const id = `${kind}|${timeZone}`;
  let f = formatters.get(id);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === "dateTime"
        ? {
            timeZone,
            month: "short",
            day: "numeric",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
            timeZoneName: "short",
          }
        : kind === "day"
          ? { timeZone, month: "short", day: "numeric", year: "numeric" }
          : { timeZone, year: "numeric", month: "2-digit", day: "2-digit" };
    f = new Intl.DateTimeFormat(kind === "key" ? "en-CA" : "en-US", options);
    formatters.set(id, f);
  }
  return f;
}

/** "Dec 1, 2026, 18:35 GMT+1" in the page's time zone. */
export const formatDateTime = (d: Date, timeZone: string) => formatter(timeZone, "dateTime").format(d);

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export const dayKey = (d: Date, timeZone: string) => formatter(timeZone, "key").format(d);

/** "Dec 1, 2026" for a YYYY-MM-DD day. */
export const formatDayKey = (key: string) => formatter("UTC", "day").format(new Date(`${key}T12:00:00Z`));

/** The calendar day `days` after (negative: before) a YYYY-MM-DD day, without time zone arithmetic. */
export function addDays(key: string, days: number): string {
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const formatPercent = (ratio: number) => `${(Math.floor(ratio * 10_000) / 100).toFixed(2)} %`;

export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
