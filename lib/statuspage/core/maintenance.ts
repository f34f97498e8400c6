import type { MaintenanceStatus } from "./types";

export type MaintenanceTimes = {
  scheduledFor: Date;
  scheduledUntil: Date;
  verifyingAt?: Date | null;
  completedAt?: Date | null;
};

/**
 * The status at `now`, from the clock: no job flips it. A manual completion (early or late)
 * and a manual "verifying" step are recorded times and count from when they happened.
 */
export function maintenanceStatus(m: MaintenanceTimes, now: Date): MaintenanceStatus {
  const t = now.getTime();
  if (m.completedAt && m.completedAt.getTime() <= t) return "completed";
  if (t < m.scheduledFor.getTime()) return "scheduled";
  if (t >= m.scheduledUntil.getTime()) return "completed";
  if (m.verifyingAt && m.verifyingAt.getTime() <= t) return "verifying";
  return "in_progress";
}

/** In progress or verifying: its components are under maintenance. */
export const isMaintenanceActive = (m: MaintenanceTimes, now: Date) => {
  const status = maintenanceStatus(m, now);
  return status === "in_progress" || status === "verifying";
};

export const isMaintenanceUpcoming = (m: MaintenanceTimes, now: Date) => maintenanceStatus(m, now) === "scheduled";

/** When the computed status next changes by itself (for cache expiry), or null if never. */
export function nextMaintenanceTransition(m: MaintenanceTimes, now: Date): Date | null {
  const status = maintenanceStatus(m, now);
  if (status === "scheduled") return m.scheduledFor;
  if (status === "completed") return null;
  const candidates = [m.scheduledUntil, m.verifyingAt, m.completedAt].filter(
    (d): d is Date => !!d && d.getTime() > now.getTime(),
  );
  return candidates.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}

/** When the first of these maintenances next changes status by itself: the public cache's expiry. */
export function nextTransitionOfAll(maintenances: readonly MaintenanceTimes[], now: Date): Date | null {
  let next: Date | null = null;
  for (const m of maintenances) {
    const t = nextMaintenanceTransition(m, now);
    if (t && (!next || t < next)) next = t;
  }
  return next;
}
