import { SEVERITIES, type Severity } from "@/lib/incidents/core/lifecycle";
import { DAY_MS } from "@/lib/time/units";

// Which severities require a post-mortem and by when its review must be done, counted from the
// incident's resolution. Pure: no I/O. Business days are Monday to Friday in UTC.
export const DUE_UNITS = ["calendar_days", "business_days"] as const;
export type DueUnit = (typeof DUE_UNITS)[number];

export type SeverityPolicy = { severity: Severity; required: boolean; dueAmount: number; dueUnit: DueUnit };

export const DEFAULT_POLICY: Record<Severity, Omit<SeverityPolicy, "severity">> = {
  SEV1: { required: true, dueAmount: 3, dueUnit: "calendar_days" },
  SEV2: { required: true, dueAmount: 5, dueUnit: "business_days" },
  SEV3: { required: false, dueAmount: 10, dueUnit: "business_days" },
  SEV4: { required: false, dueAmount: 20, dueUnit: "business_days" },
};

export function policiesWithDefaults(stored: readonly SeverityPolicy[]): SeverityPolicy[] {
  return SEVERITIES.map(
    (severity) => stored.find((p) => p.severity === severity) ?? { severity, ...DEFAULT_POLICY[severity] },
  );
}

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/**
 * `from` plus `days` business days, keeping the time of day. A weekend start counts from the
 * next Monday at the same time: resolved Saturday, 5 business days, due the Monday after next.
 */
export function addBusinessDays(from: Date, days: number): Date {
  let t = new Date(from.getTime());
  while (isWeekend(t)) t = new Date(t.getTime() + DAY_MS);
  let left = days;
  while (left > 0) {
    t = new Date(t.getTime() + DAY_MS);
    if (!isWeekend(t)) left--;
  }
  return t;
}

export function dueDate(resolvedAt: Date, policy: Pick<SeverityPolicy, "dueAmount" | "dueUnit">): Date {
  return policy.dueUnit === "business_days"
    ? addBusinessDays(resolvedAt, policy.dueAmount)
    : new Date(resolvedAt.getTime() + policy.dueAmount * DAY_MS);
}

export type Obligation = { required: boolean; dueAt: Date | null };

/** What the policy asks of one incident: nothing until it is resolved. */
export function obligationFor(
  incident: { severity: Severity; resolvedAt: Date | null },
  policies: readonly SeverityPolicy[],
): Obligation {
  const policy = policies.find((p) => p.severity === incident.severity) ?? {
    severity: incident.severity,
    ...DEFAULT_POLICY[incident.severity],
  };
  if (!incident.resolvedAt) return { required: policy.required, dueAt: null };
  return { required: policy.required, dueAt: dueDate(incident.resolvedAt, policy) };
}

/** Overdue: required, due, and not yet published (a published or closed post-mortem has been reviewed). */
export function isOverdue(obligation: Obligation, status: string | null, now: Date): boolean {
  if (!obligation.required || !obligation.dueAt) return false;
  if (status === "published" || status === "closed") return false;
  return obligation.dueAt.getTime() < now.getTime();
}
