// iCalendar (RFC 5545) feeds of on-call shifts, for calendar apps. Pure: the caller loads the
// shifts and names; ical-generator writes the text (escaping, line folding, UTC stamps).
import ical, { ICalEventTransparency } from "ical-generator";
import type { Span } from "./schedule";

export interface CalendarShift extends Span {
  userId: string;
  scheduleId: string;
  scheduleName: string;
}

export interface CalendarInput {
  /** Shown as the calendar's name: "On call: Payments primary" or "My on-call shifts". */
  name: string;
  shifts: readonly CalendarShift[];
  /** Display names by user id. */
  people: ReadonlyMap<string, string>;
  /** Link to the schedule page, for each event. */
  scheduleUrl: (scheduleId: string) => string;
  /** The feed's stamp: when it was made (RFC 5545 requires DTSTAMP). */
  now: Date;
}

export function shiftsCalendar(input: CalendarInput): string {
  const calendar = ical({ name: input.name, prodId: { company: "Vigil", product: "On-call", language: "EN" } });
  for (const shift of input.shifts) {
    const person = input.people.get(shift.userId) ?? "Someone";
    calendar.createEvent({
      // Stable across refreshes, so calendar apps update an event instead of duplicating it.
      id: `${shift.scheduleId}-${shift.userId}-${shift.start}@vigil`,
      start: new Date(shift.start),
      end: new Date(shift.end),
      stamp: input.now,
      summary: `On call: ${person} (${shift.scheduleName})`,
      description: `${person} is on call for ${shift.scheduleName}.`,
      url: input.scheduleUrl(shift.scheduleId),
      // On call is not "busy": the person can still take meetings.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/** Adjacent spans of one person from different layers or overrides read as one shift in a calendar. */
export function mergeShifts<T extends Span>(spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (s.userId === null) continue;
    const prev = out[out.length - 1];
    if (prev && prev.userId === s.userId && prev.end === s.start) out[out.length - 1] = { ...prev, end: s.end };
    else out.push({ ...s });
  }
  return out;
}
