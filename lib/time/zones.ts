import { z } from "zod";
import { DAY_MS } from "@/lib/time/units";

// Time-zone math with Intl only (no @date-fns/tz installed). All results are epoch ms.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for unknown zones, which is what callers should see.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** Wall-clock fields of instant `t` in `timeZone`. */
export function localParts(t: number, timeZone: string): LocalParts {
  const out: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatterFor(timeZone).formatToParts(new Date(t))) {
    if (p.type in out) out[p.type as keyof LocalParts] = Number(p.value);
  }
  // Some engines still print 24 for midnight despite h23.
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** Epoch ms of a wall-clock reading interpreted as UTC. setUTCFullYear avoids the 0–99 → 19xx quirk. */
export function wallAsUtc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** Offset (local − UTC) in ms in effect at instant t. */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const p = localParts(t, timeZone);
  const wholeSecond = Math.floor(t / 1000) * 1000;
  return wallAsUtc(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * First instant of local calendar day year-month-day in `timeZone`: the earliest instant
 * whose wall clock reads that day at 00:00; if a DST gap skips 00:00, the instant the gap ends.
 * `month` may overflow (13 → January next year), like Date.UTC.
 */
export function zonedStartOfDay(year: number, month: number, day: number, timeZone: string): number {
  return zonedWallTime(wallAsUtc(year, month, day), timeZone);
}

/**
 * The earliest instant whose wall clock in `timeZone` reads `wall` (a reading encoded as by
 * `wallAsUtc`): in a repeated hour, its first occurrence; in a DST gap that skips it, the
 * instant the gap ends, so a hand-off at 02:30 on a spring-forward night happens at 03:00.
 */
export function zonedWallTime(wall: number, timeZone: string): number {
  if (timeZone === "UTC") return wall;
  const offsets = new Set<number>();
  for (const probe of [wall - DAY_MS, wall, wall + DAY_MS]) {
    const o = zoneOffsetMs(probe, timeZone);
    offsets.add(o);
    offsets.add(zoneOffsetMs(wall - o, timeZone));
  }
  let best = Number.POSITIVE_INFINITY;
  for (const o of offsets) {
    const t = wall - o;
    if (t + zoneOffsetMs(t, timeZone) === wall && t < best) best = t;
  }
  if (Number.isFinite(best)) return best;
  // Gap: the reading does not exist. In [wall − maxOffset, wall − minOffset] the predicate
  // "wall clock >= reading" flips once, at the transition instant.
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + zoneOffsetMs(mid, timeZone) >= wall) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** An IANA time zone the running Node.js knows, such as Europe/Paris or UTC. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Give an IANA time zone such as Europe/Paris or UTC.");
