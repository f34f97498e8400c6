import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/time/units";
import { mergeShifts, shiftsCalendar, type CalendarShift } from "./calendar";
import { finalSchedule, type ScheduleDefinition } from "./schedule";

const schedule: ScheduleDefinition = {
  layers: [
    {
      id: "l1",
      start: "2026-03-23T09:00",
      timeZone: "Europe/Berlin",
      shiftMinutes: 1440,
      participants: ["u-ana", "u-ben"],
    },
  ],
  overrides: [
    { id: "o1", userId: "u-cho", start: Date.parse("2026-03-25T12:00Z"), end: Date.parse("2026-03-25T18:00Z") },
  ],
};
const from = Date.parse("2026-03-23T08:00Z");
const to = from + 14 * DAY_MS;

function feed() {
  const shifts: CalendarShift[] = mergeShifts(finalSchedule(schedule, from, to)).map((s) => ({
    ...s,
    userId: s.userId!,
    scheduleId: "sch1",
    scheduleName: "Payments, primary; EU",
  }));
  const text = shiftsCalendar({
    name: "On call: Payments primary",
    shifts,
    people: new Map([
      ["u-ana", "Ana Ruiz"],
      ["u-ben", 'Ben, the "night" owl'],
      ["u-cho", "Cho"],
    ]),
    scheduleUrl: (id) => `http://127.0.0.1:3000/demo/oncall/schedules/${id}`,
    now: new Date("2026-03-20T00:00:00Z"),
  });
  return { shifts, text };
}

describe("iCalendar feed", () => {
  it("parses with ical.js and holds exactly the schedule's shifts", () => {
    const { shifts, text } = feed();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toJSDate().getTime(), e.endDate.toJSDate().getTime()])).toEqual(
      shifts.map((s) => [s.start, s.end]),
    );
    // The Berlin clock change on March 29 makes that shift 23 hours long, and the feed says so.
    const across = events.find((e) => e.startDate.toJSDate().toISOString() === "2026-03-28T08:00:00.000Z")!;
    expect(across.endDate.toJSDate().toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(events.filter((e) => e.summary.includes("Cho"))).toHaveLength(1);
  });

  it("escapes text and keeps each uid stable and unique", () => {
    const { text } = feed();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.some((e) => e.summary === 'On call: Ben, the "night" owl (Payments, primary; EU)')).toBe(true);
    expect(text).toContain("Payments\\, primary\\; EU");
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(feed().text).toBe(text);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
