// Pure: how far back the first poll of an SLI reaches (the backfill).
import { MINUTES_PER_DAY, floorToMinute } from "../../core/time";
import { MINUTE_MS } from "@/lib/time/units";

export type SloWindowShape = {
  windowKind: "rolling" | "calendar";
  windowDays: number | null;
  calendarUnit: "week" | "month" | null;
};

/** Days covered by the SLI's longest SLO window; 30 when it has none yet. Calendar months count as 31. */
export function longestWindowDays(slos: SloWindowShape[]): number {
  const days = slos.map((s) =>
    s.windowKind === "rolling" ? (s.windowDays ?? 30) : s.calendarUnit === "week" ? 7 : 31,
  );
  return days.length ? Math.max(...days) : 30;
}

/**
 * Minutes polled again on every tick: the newest minutes may have been read before their last
 * scrape reached Prometheus (a gap, or a rate over part of the minute). Writes replace by minute.
 */
export const REPOLL_MINUTES = 5;

/**
 * The minutes [from, to) the next poll fetches, up to the last complete minute: on the first poll
 * (or after the queries changed) the SLI's longest SLO window, a `backfill` that replaces the
 * stored minutes of that range; afterwards from polledUntil, reaching back REPOLL_MINUTES.
 */
export function pollRange(
  now: number,
  polledUntil: Date | null,
  slos: SloWindowShape[],
): { from: number; to: number; backfill: boolean } {
  const to = floorToMinute(now);
  if (!polledUntil) return { from: to - longestWindowDays(slos) * MINUTES_PER_DAY * MINUTE_MS, to, backfill: true };
  return { from: Math.min(polledUntil.getTime(), to - REPOLL_MINUTES * MINUTE_MS), to, backfill: false };
}
