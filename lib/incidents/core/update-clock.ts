// The "next stakeholder update due" clock. Pure: no I/O.
import type { Severity } from "./lifecycle";

/**
 * Default cadence by severity, used until an organization edits its definitions. SEV4 gets
 * 120 minutes rather than none: a low-severity incident still owes people word, just less often.
 */
export const DEFAULT_UPDATE_INTERVAL_MINUTES: Record<Severity, number> = { SEV1: 20, SEV2: 30, SEV3: 60, SEV4: 120 };

export const DEFAULT_SEVERITY_DESCRIPTIONS: Record<Severity, string> = {
  SEV1: "Critical: a core service is down or data is at risk for many customers.",
  SEV2: "Major: a core feature is degraded or down for a subset of customers.",
  SEV3: "Minor: limited impact, a workaround exists.",
  SEV4: "Low: cosmetic or internal-only impact.",
};

/** When the next update is due, counted from `from` (declaration or the last update); none once resolved. */
export function nextUpdateDue(from: Date, intervalMinutes: number | null | undefined, resolved: boolean): Date | null {
  if (resolved || !intervalMinutes || intervalMinutes <= 0) return null;
  return new Date(from.getTime() + intervalMinutes * 60_000);
}

export type DueState = { state: "none" } | { state: "ok" | "soon" | "overdue"; seconds: number };

/** "soon" within the last quarter of the interval (at least 5 minutes), so the lead is warned before, not after. */
export function dueState(due: Date | null, now: Date, intervalMinutes = 20): DueState {
  if (!due) return { state: "none" };
  const seconds = Math.round((due.getTime() - now.getTime()) / 1000);
  if (seconds < 0) return { state: "overdue", seconds };
  const warn = Math.max(5 * 60, (intervalMinutes * 60) / 4);
  return { state: seconds <= warn ? "soon" : "ok", seconds };
}

/** Whether a reminder for the deadline `due` is owed at `now`: within `minutesAhead` of it (or past it) and not yet sent. */
export function updateReminderDue(due: Date, remindedFor: Date | null, now: Date, minutesAhead: number): boolean {
  if (remindedFor?.getTime() === due.getTime()) return false;
  return due.getTime() - now.getTime() <= minutesAhead * 60_000;
}
