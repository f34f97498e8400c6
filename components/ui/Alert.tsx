import type { ReactNode } from "react";
import { cx } from "./cx";
import styles from "./Alert.module.css";

export type AlertTone = "info" | "ok" | "warn" | "critical";

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Optional controls at the right, e.g. a retry or dismiss button. */
  actions?: ReactNode;
  /**
   * Defaults: "alert" for critical (errors interrupt), "status" otherwise (polite).
   * Use "none" for static page notes that should not be announced.
   */
  role?: "alert" | "status" | "none";
  className?: string;
};

export function Alert({ tone = "info", title, children, actions, role, className }: AlertProps) {
  const resolvedRole = role ?? (tone === "critical" ? "alert" : "status");
  return (
    <div
      role={resolvedRole === "none" ? undefined : resolvedRole}
      className={cx(styles.alert, styles[tone], className)}
    >
      <span className={styles.icon} aria-hidden="true">
        <ToneIcon tone={tone} />
      </span>
      <div className={styles.content}>
        {title ? <p className={styles.title}>{title}</p> : null}
        {children ? <div className={styles.body}>{children}</div> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : <span />}
    </div>
  );
}

/** Same component; "Callout" reads better for static, non-error notes. */
export const Callout = Alert;
export type CalloutProps = AlertProps;

function ToneIcon({ tone }: { tone: AlertTone }) {
  const common = {
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.5,
    strokeLinecap: "round",
    strokeLinejoin: "round",
  } as const;
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" focusable="false">
      {tone === "ok" ? (
        <>
          <circle cx="8" cy="8" r="6.75" {...common} />
          <path d="M5.25 8.25l1.75 1.75 3.75-4" {...common} />
        </>
      ) : tone === "warn" ? (
        <>
          <path d="M8 1.75L15 14H1L8 1.75z" {...common} />
          <path d="M8 6.25v3.5M8 11.75v.25" {...common} />
        </>
      ) : tone === "critical" ? (
        <>
          <circle cx="8" cy="8" r="6.75" {...common} />
          <path d="M8 4.5v4.25M8 11v.25" {...common} />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="6.75" {...common} />
          <path d="M8 7.25v4M8 4.75V5" {...common} />
        </>
      )}
    </svg>
  );
}
