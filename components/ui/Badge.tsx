import type { HTMLAttributes } from "react";
import { cx } from "./cx";
import styles from "./Badge.module.css";

export type StatusTone = "neutral" | "ok" | "warn" | "critical" | "info";
export type SeverityTone = "sev1" | "sev2" | "sev3" | "sev4";
export type BadgeTone = StatusTone | SeverityTone;

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & {
  tone?: BadgeTone;
  /** Leading colour dot; the text must still carry the meaning. */
  dot?: boolean;
};

export function Badge({ tone = "neutral", dot = false, className, children, ...rest }: BadgeProps) {
  return (
    <span className={cx(styles.badge, styles[tone], className)} {...rest}>
      {dot ? <span className={styles.dot} aria-hidden="true" /> : null}
      {children}
    </span>
  );
}

export type Severity = "SEV1" | "SEV2" | "SEV3" | "SEV4";

const severityDescriptions: Record<Severity, string> = {
  SEV1: "Critical",
  SEV2: "Major",
  SEV3: "Minor",
  SEV4: "Low",
};

/** Maps a severity (case-insensitive, e.g. "SEV2" or "sev2") to its badge tone; unknown -> neutral. */
export function severityTone(severity: string): BadgeTone {
  const tone = severity.toLowerCase();
  return tone === "sev1" || tone === "sev2" || tone === "sev3" || tone === "sev4" ? tone : "neutral";
}

export type SeverityBadgeProps = Omit<BadgeProps, "tone" | "children"> & {
  severity: Severity | (string & {});
  /** Also show the word ("SEV1 · Critical"). */
  showDescription?: boolean;
};

export function SeverityBadge({ severity, showDescription = false, className, ...rest }: SeverityBadgeProps) {
  const key = severity.toUpperCase() as Severity;
  const description = severityDescriptions[key];
  return (
    <Badge
      tone={severityTone(severity)}
      dot
      title={description ? `${key}: ${description}` : undefined}
      className={cx(styles.mono, key === "SEV1" && styles.emphasis, className)}
      {...rest}
    >
      {key}
      {showDescription && description ? ` · ${description}` : null}
    </Badge>
  );
}

export type IncidentStatus = "investigating" | "identified" | "monitoring" | "resolved";

/** Tone for an incident lifecycle status; unknown -> neutral. */
export function incidentStatusTone(status: string): StatusTone {
  switch (status) {
    case "investigating":
      return "critical";
    case "identified":
      return "warn";
    case "monitoring":
      return "info";
    case "resolved":
      return "ok";
    default:
      return "neutral";
  }
}

export type IncidentStatusBadgeProps = Omit<BadgeProps, "tone" | "children"> & {
  status: IncidentStatus | (string & {});
};

export function IncidentStatusBadge({ status, ...rest }: IncidentStatusBadgeProps) {
  const label = status.charAt(0).toUpperCase() + status.slice(1);
  return (
    <Badge tone={incidentStatusTone(status)} dot {...rest}>
      {label}
    </Badge>
  );
}
