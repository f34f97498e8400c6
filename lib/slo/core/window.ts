import { evaluationEnd, MINUTES_PER_DAY } from "./time";
import { assertTimeZone, localParts, wallAsUtc, zonedStartOfDay } from "@/lib/time/zones";
import type { ResolvedWindow, WindowSpec } from "./types";
import { MINUTE_MS } from "@/lib/time/units";

export const DEFAULT_TIME_ZONE = "UTC";

export interface CalendarPeriod {
  start: number;
  end: number;
}

/** Local month containing instant t: [first day 00:00, first day of next month 00:00). */
export function calendarMonthAt(t: number, timeZone: string): CalendarPeriod {
  const p = localParts(t, timeZone);
  return {
    start: zonedStartOfDay(p.year, p.month, 1, timeZone),
    end: zonedStartOfDay(p.year, p.month + 1, 1, timeZone),
  };
}

/** ISO week containing instant t: [Monday 00:00, next Monday 00:00) in local time. */
export function isoWeekAt(t: number, timeZone: string): CalendarPeriod {
  const p = localParts(t, timeZone);
  // getUTCDay: Sunday = 0; ISO: Monday = 0 … Sunday = 6 days after Monday.
  const sinceMonday = (new Date(wallAsUtc(p.year, p.month, p.day)).getUTCDay() + 6) % 7;
  const monday = p.day - sinceMonday;
  return {
    start: zonedStartOfDay(p.year, p.month, monday, timeZone),
    end: zonedStartOfDay(p.year, p.month, monday + 7, timeZone),
  };
}

/**
 * Resolves the evaluation window at `at`.
 * - rolling N days: [E − N·1440 min, E), length N·1440 minutes.
 * - calendar: the period (in `timeZone`) containing E − 1 ms, i.e. the period of the last
 *   fully ended minute; window [periodStart, E); length = whole period in minutes
 *   (so DST months are an hour shorter/longer).
 */
export function resolveWindow(spec: WindowSpec, at: number, timeZone: string = DEFAULT_TIME_ZONE): ResolvedWindow {
  const end = evaluationEnd(at);
  if (spec.kind === "rolling") {
    if (!Number.isInteger(spec.days) || spec.days <= 0) {
      throw new RangeError(`rolling window days must be a positive integer, got ${spec.days}`);
    }
    const lengthMinutes = spec.days * MINUTES_PER_DAY;
    return {
      kind: "rolling",
      start: end - lengthMinutes * MINUTE_MS,
      end,
      lengthMinutes,
      elapsedMinutes: lengthMinutes,
      periodEnd: end,
      timeZone,
    };
  }
  assertTimeZone(timeZone);
  const period = spec.kind === "calendar-week" ? isoWeekAt(end - 1, timeZone) : calendarMonthAt(end - 1, timeZone);
  return {
    kind: spec.kind,
    start: period.start,
    end,
    lengthMinutes: (period.end - period.start) / MINUTE_MS,
    elapsedMinutes: (end - period.start) / MINUTE_MS,
    periodEnd: period.end,
    timeZone,
  };
}
