// Display helpers for SLO figures; pure.
import type { AlertEvaluation } from "./types";

export function percent(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? "—" : `${(x * 100).toFixed(digits)} %`;
}

/** The worst alert state at a glance: a firing page beats a firing ticket beats suppression. */
export function burnState(alerts: readonly AlertEvaluation[]): {
  label: string;
  tone: "critical" | "warn" | "info" | "ok" | "neutral";
} {
  if (alerts.some((a) => a.firing && a.severity === "page")) return { label: "Paging", tone: "critical" };
  if (alerts.some((a) => a.firing)) return { label: "Ticket", tone: "warn" };
  if (alerts.some((a) => a.status === "suppressed")) return { label: "Low traffic", tone: "info" };
  if (alerts.every((a) => a.status === "no-data")) return { label: "No data", tone: "neutral" };
  return { label: "OK", tone: "ok" };
}
