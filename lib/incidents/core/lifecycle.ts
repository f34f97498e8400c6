// Status lifecycle and the response moments it stamps. Pure: no I/O.
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

export type Moments = {
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
};

/**
 * Any status may follow any other (responders skip steps at 3 a.m.); resolved → anything is a
 * reopen. Only a no-op change is refused, so a double click never writes two events.
 */
export function canChangeStatus(from: IncidentStatus, to: IncidentStatus): boolean {
  return from !== to;
}

export const isReopen = (from: IncidentStatus, to: IncidentStatus) => from === "resolved" && to !== "resolved";

/**
 * Moments stamped by a status change. The first moment wins (later changes never move it):
 * leaving "investigating" acknowledges, reaching monitoring mitigates, resolving resolves.
 * A reopen clears resolvedAt, as the incident is no longer resolved.
 */
export function momentsFor(from: IncidentStatus, to: IncidentStatus, current: Moments, at: Date): Partial<Moments> {
  const stamp: Partial<Moments> = {};
  if (to !== "investigating" && !current.acknowledgedAt) stamp.acknowledgedAt = at;
  if ((to === "monitoring" || to === "resolved") && !current.mitigatedAt) stamp.mitigatedAt = at;
  if (to === "resolved") stamp.resolvedAt = at;
  if (isReopen(from, to)) stamp.resolvedAt = null;
  return stamp;
}

export const MOMENT_FIELDS = ["startedAt", "detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt"] as const;
export type MomentField = (typeof MOMENT_FIELDS)[number];

/** Edited moments must keep their order; returns a message a person can act on, or null. */
export function momentOrderProblem(m: Partial<Record<MomentField, Date | null>>): string | null {
  const ordered = MOMENT_FIELDS.filter((f) => f !== "detectedAt").map((f) => [f, m[f]] as const);
  const started = m.startedAt;
  if (started && m.detectedAt && m.detectedAt < started) return "Detected cannot be before started.";
  let previous: readonly [MomentField, Date | null | undefined] | null = null;
  for (const entry of ordered) {
    if (!entry[1]) continue;
    if (previous?.[1] && entry[1] < previous[1])
      return `${label(entry[0])} cannot be before ${label(previous[0]).toLowerCase()}.`;
    previous = entry;
  }
  return null;
}

const label = (f: MomentField) => f.replace(/At$/, "").replace(/^./, (c) => c.toUpperCase());
