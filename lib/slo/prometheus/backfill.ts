// Pure: how far back the first poll of an SLI reaches (the backfill).
import { MINUTES_PER_DAY, MINUTE_MS, floorToMinute } from "../time";

export type SloWindowShape = { windowKind: "rolling" | "calendar"; windowDays: number | null; calendarUnit: "week" | "month" | null };

/** Days covered by the SLI's longest SLO window; 30 when it has none yet. Calendar months count as 31. */
export function longestWindowDays(slos: SloWindowShape[]): number {
  const days = slos.map((s) => (s.windowKind === "rolling" ? (s.windowDays ?? 30) : s.calendarUnit === "week" ? 7 : 31));
  return days.length ? Math.max(...days) : 30;
}

/** The minutes [from, to) the next poll fetches: from polledUntil, or the backfill start, to the last complete minute. */
export function pollRange(now: number, polledUntil: Date | null, slos: SloWindowShape[]): { from: number; to: number } | null {
  const to = floorToMinute(now);
  const from = polledUntil ? polledUntil.getTime() : to - longestWindowDays(slos) * MINUTES_PER_DAY * MINUTE_MS;
  return from < to ? { from, to } : null;
}
