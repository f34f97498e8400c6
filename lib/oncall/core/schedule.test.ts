import { describe, expect, it } from "vitest";
import { HOUR_MS, DAY_MS } from "@/lib/time/units";
import {
  coverageGaps,
  finalSchedule,
  layerSpans,
  onCallAt,
  parseLocalDateTime,
  parseTimeOfDay,
  rotationShifts,
  type Layer,
  type ScheduleDefinition,
} from "./schedule";

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const daily = (over: Partial<Layer> = {}): Layer => ({
  id: "l1",
  start: "2026-03-01T09:00",
  timeZone: "Europe/Berlin",
  shiftMinutes: 1440,
  participants: ["ana", "ben", "cho"],
  ...over,
});
const only = (layers: Layer[], overrides: ScheduleDefinition["overrides"] = []): ScheduleDefinition => ({
  layers,
  overrides,
});
const brief = (spans: { start: number; end: number; userId: string | null }[]) =>
  spans.map((s) => `${iso(s.start)} ${iso(s.end)} ${s.userId ?? "-"}`);

describe("rotations on the wall clock", () => {
  it("a daily 09:00 Berlin hand-off stays at 09:00 across the March change (a 23-hour shift)", () => {
    const spans = rotationShifts(daily(), t("2026-03-28T00:00Z"), t("2026-03-31T00:00Z"));
    expect(brief(spans)).toEqual([
      "2026-03-28T00:00:00.000Z 2026-03-28T08:00:00.000Z cho", // 27th 09:00 CET → 28th 09:00 CET
      "2026-03-28T08:00:00.000Z 2026-03-29T07:00:00.000Z ana", // 09:00 CET → 09:00 CEST: 23 h
      "2026-03-29T07:00:00.000Z 2026-03-30T07:00:00.000Z ben",
      "2026-03-30T07:00:00.000Z 2026-03-31T00:00:00.000Z cho",
    ]);
  });

  it("and across the October change (a 25-hour shift)", () => {
    const spans = rotationShifts(daily(), t("2026-10-24T07:00Z"), t("2026-10-26T08:00Z"));
    expect(spans.map((s) => s.end - s.start)).toEqual([25 * HOUR_MS, 24 * HOUR_MS]);
    expect(iso(spans[0]!.end)).toBe("2026-10-25T08:00:00.000Z"); // 09:00 CET
  });

  it("New York changes on its own dates", () => {
    const layer = daily({ timeZone: "America/New_York", start: "2026-03-01T09:00" });
    const [before, across, after] = rotationShifts(layer, t("2026-03-07T14:00Z"), t("2026-03-10T00:00Z"));
    expect(iso(before!.start)).toBe("2026-03-07T14:00:00.000Z"); // 09:00 EST
    expect(iso(across!.start)).toBe("2026-03-08T13:00:00.000Z"); // 09:00 EDT
    expect(across!.end - across!.start).toBe(24 * HOUR_MS);
    expect(before!.end - before!.start).toBe(23 * HOUR_MS);
    expect(after!.userId).not.toBe(across!.userId);
    const fall = rotationShifts(layer, t("2026-10-31T13:00Z"), t("2026-11-02T14:00Z"));
    expect(fall.map((s) => iso(s.start))).toEqual(["2026-10-31T13:00:00.000Z", "2026-11-01T14:00:00.000Z"]);
    expect(fall[0]!.end - fall[0]!.start).toBe(25 * HOUR_MS);
  });

  it("a weekly Monday 09:00 hand-off keeps its local time over the change", () => {
    const layer = daily({ start: "2026-03-02T09:00", shiftMinutes: 7 * 1440, participants: ["ana", "ben"] });
    const spans = rotationShifts(layer, t("2026-03-23T08:00Z"), t("2026-04-06T08:00Z"));
    expect(brief(spans)).toEqual([
      "2026-03-23T08:00:00.000Z 2026-03-30T07:00:00.000Z ben",
      "2026-03-30T07:00:00.000Z 2026-04-06T07:00:00.000Z ana",
      "2026-04-06T07:00:00.000Z 2026-04-06T08:00:00.000Z ben",
    ]);
  });

  it("a hand-off inside the spring-forward gap happens when the gap ends; a repeated hour uses its first pass", () => {
    const layer = daily({ start: "2026-03-01T02:30" });
    const spring = rotationShifts(layer, t("2026-03-29T00:00Z"), t("2026-03-29T02:00Z"));
    expect(spring.map((s) => iso(s.start))).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z"]); // 03:00 CEST
    const autumn = rotationShifts(layer, t("2026-10-24T23:00Z"), t("2026-10-25T03:00Z"));
    expect(autumn.map((s) => iso(s.start))).toEqual(["2026-10-24T23:00:00.000Z", "2026-10-25T00:30:00.000Z"]); // 02:30 CEST
  });

  it("hour-based shifts also turn on the wall clock: 12-hour shifts hand off at 09:00 and 21:00", () => {
    const layer = daily({ shiftMinutes: 720, participants: ["day", "night"] });
    const spans = rotationShifts(layer, t("2026-03-28T08:00Z"), t("2026-03-29T20:00Z"));
    expect(brief(spans)).toEqual([
      "2026-03-28T08:00:00.000Z 2026-03-28T20:00:00.000Z day",
      "2026-03-28T20:00:00.000Z 2026-03-29T07:00:00.000Z night", // 21:00 CET → 09:00 CEST: 11 h
      "2026-03-29T07:00:00.000Z 2026-03-29T19:00:00.000Z day",
      "2026-03-29T19:00:00.000Z 2026-03-29T20:00:00.000Z night",
    ]);
  });

  it("a leap day is a day of its own in the rotation", () => {
    const layer = daily({ timeZone: "UTC", start: "2028-02-27T00:00", participants: ["a", "b", "c", "d"] });
    const spans = rotationShifts(layer, t("2028-02-27T00:00Z"), t("2028-03-02T00:00Z"));
    expect(brief(spans)).toEqual([
      "2028-02-27T00:00:00.000Z 2028-02-28T00:00:00.000Z a",
      "2028-02-28T00:00:00.000Z 2028-02-29T00:00:00.000Z b",
      "2028-02-29T00:00:00.000Z 2028-03-01T00:00:00.000Z c",
      "2028-03-01T00:00:00.000Z 2028-03-02T00:00:00.000Z d",
    ]);
    // Far ahead, the rotation has not drifted: 366 days after a Feb 27 start is Feb 27 again (2029).
    expect(onCallAt(only([layer]), t("2029-02-27T12:00Z")).userId).toBe(["a", "b", "c", "d"][366 % 4]);
  });

  it("nobody is on call before the layer starts or after it ends", () => {
    const layer = daily({ end: t("2026-03-03T08:00Z") });
    const spans = finalSchedule(only([layer]), t("2026-02-28T00:00Z"), t("2026-03-04T00:00Z"));
    expect(brief(spans)).toEqual([
      "2026-02-28T00:00:00.000Z 2026-03-01T08:00:00.000Z -",
      "2026-03-01T08:00:00.000Z 2026-03-02T08:00:00.000Z ana",
      "2026-03-02T08:00:00.000Z 2026-03-03T08:00:00.000Z ben",
      "2026-03-03T08:00:00.000Z 2026-03-04T00:00:00.000Z -",
    ]);
  });

  it("refuses malformed times and dates", () => {
    expect(() => parseTimeOfDay("24:00")).toThrow(RangeError);
    expect(() => parseTimeOfDay("9:00")).toThrow(RangeError);
    expect(() => parseLocalDateTime("2027-02-29T09:00")).toThrow(/calendar date/);
    expect(parseLocalDateTime("2028-02-29T09:00")).toBe(t("2028-02-29T09:00Z"));
  });
});

describe("restrictions", () => {
  it("a night window crossing midnight covers 22:00–06:00, seven real hours on the spring-forward night", () => {
    const layer = daily({ restrictions: [{ startTime: "22:00", durationMinutes: 480 }] });
    const spans = layerSpans(layer, t("2026-03-27T12:00Z"), t("2026-03-29T12:00Z"));
    expect(brief(spans)).toEqual([
      "2026-03-27T21:00:00.000Z 2026-03-28T05:00:00.000Z cho", // 22:00 CET → 06:00 CET; the 09:00 hand-off is outside it
      "2026-03-28T21:00:00.000Z 2026-03-29T04:00:00.000Z ana", // 22:00 CET → 06:00 CEST
    ]);
  });

  it("a window that crosses the hand-off is split between the two people", () => {
    const layer = daily({ restrictions: [{ startTime: "08:00", durationMinutes: 120 }] });
    const spans = layerSpans(layer, t("2026-03-10T00:00Z"), t("2026-03-11T00:00Z"));
    expect(brief(spans)).toEqual([
      "2026-03-10T07:00:00.000Z 2026-03-10T08:00:00.000Z cho",
      "2026-03-10T08:00:00.000Z 2026-03-10T09:00:00.000Z ana",
    ]);
  });

  it("weekdays 09:00–17:00 leave the weekend to the layer below", () => {
    const weekdays = ([1, 2, 3, 4, 5] as const).map((d) => ({ startDay: d, startTime: "09:00", durationMinutes: 480 }));
    const base = daily({ id: "base", participants: ["oncall"] });
    const office = daily({ id: "office", participants: ["desk"], restrictions: weekdays });
    const spans = finalSchedule(only([base, office]), t("2026-03-13T00:00Z"), t("2026-03-17T00:00Z")); // Fri → Tue
    expect(brief(spans)).toEqual([
      "2026-03-13T00:00:00.000Z 2026-03-13T08:00:00.000Z oncall",
      "2026-03-13T08:00:00.000Z 2026-03-13T16:00:00.000Z desk", // Friday
      "2026-03-13T16:00:00.000Z 2026-03-16T08:00:00.000Z oncall", // the weekend
      "2026-03-16T08:00:00.000Z 2026-03-16T16:00:00.000Z desk", // Monday
      "2026-03-16T16:00:00.000Z 2026-03-17T00:00:00.000Z oncall",
    ]);
  });

  it("a weekly window longer than a day (Friday 18:00 to Monday 08:00) is found from inside it", () => {
    const layer = daily({ restrictions: [{ startDay: 5, startTime: "18:00", durationMinutes: 62 * 60 }] });
    expect(onCallAt(only([layer]), t("2026-03-15T12:00Z")).userId).not.toBeNull(); // Sunday
    expect(onCallAt(only([layer]), t("2026-03-16T12:00Z")).userId).toBeNull(); // Monday noon
  });
});

describe("overrides", () => {
  const schedule = (overrides: ScheduleDefinition["overrides"]) => only([daily()], overrides);

  it("an override exactly on a shift replaces it and leaves its neighbours alone", () => {
    const s = schedule([{ id: "o1", userId: "zoe", start: t("2026-03-02T08:00Z"), end: t("2026-03-03T08:00Z") }]);
    expect(brief(finalSchedule(s, t("2026-03-01T08:00Z"), t("2026-03-04T08:00Z")))).toEqual([
      "2026-03-01T08:00:00.000Z 2026-03-02T08:00:00.000Z ana",
      "2026-03-02T08:00:00.000Z 2026-03-03T08:00:00.000Z zoe",
      "2026-03-03T08:00:00.000Z 2026-03-04T08:00:00.000Z cho",
    ]);
  });

  it("an override across a hand-off cuts both shifts; one past the layer's end fills the gap", () => {
    const layer = daily({ end: t("2026-03-03T08:00Z") });
    const s = only([layer], [{ id: "o1", userId: "zoe", start: t("2026-03-02T06:00Z"), end: t("2026-03-03T10:00Z") }]);
    expect(brief(finalSchedule(s, t("2026-03-01T08:00Z"), t("2026-03-03T12:00Z")))).toEqual([
      "2026-03-01T08:00:00.000Z 2026-03-02T06:00:00.000Z ana",
      "2026-03-02T06:00:00.000Z 2026-03-03T10:00:00.000Z zoe",
      "2026-03-03T10:00:00.000Z 2026-03-03T12:00:00.000Z -",
    ]);
  });

  it("an override starting where the window ends, or ending where it starts, changes nothing inside it", () => {
    const s = schedule([
      { id: "before", userId: "zoe", start: t("2026-03-01T00:00Z"), end: t("2026-03-01T08:00Z") },
      { id: "after", userId: "zoe", start: t("2026-03-02T08:00Z"), end: t("2026-03-02T09:00Z") },
    ]);
    expect(brief(finalSchedule(s, t("2026-03-01T08:00Z"), t("2026-03-02T08:00Z")))).toEqual([
      "2026-03-01T08:00:00.000Z 2026-03-02T08:00:00.000Z ana",
    ]);
  });

  it("of two overlapping overrides, the later in the list wins where they overlap", () => {
    const s = schedule([
      { id: "o1", userId: "zoe", start: t("2026-03-02T10:00Z"), end: t("2026-03-02T14:00Z") },
      { id: "o2", userId: "yan", start: t("2026-03-02T12:00Z"), end: t("2026-03-02T16:00Z") },
    ]);
    expect(onCallAt(s, t("2026-03-02T13:00Z"))).toEqual({
      userId: "yan",
      source: { kind: "override", overrideId: "o2" },
    });
  });
});

describe("follow the sun", () => {
  // Three teams, eight hours each. Their hand-offs are anchored in one zone (the schedule's),
  // because Europe and America change their clocks on different dates: anchored each in its
  // own zone, they would overlap or leave an hour uncovered for weeks (the next test).
  const sun = (zones: [string, string, string]): ScheduleDefinition =>
    only([
      daily({
        id: "emea",
        start: "2025-12-01T09:00",
        timeZone: zones[0],
        participants: ["berlin"],
        restrictions: [{ startTime: "09:00", durationMinutes: 480 }],
      }),
      daily({
        id: "amer",
        start: "2025-12-01T09:00",
        timeZone: zones[1],
        participants: ["newyork"],
        restrictions: [{ startTime: zones[1] === zones[0] ? "17:00" : "11:00", durationMinutes: 480 }],
      }),
      daily({
        id: "apac",
        start: "2025-12-01T09:00",
        timeZone: zones[2],
        participants: ["sydney"],
        restrictions: [{ startTime: zones[2] === zones[0] ? "01:00" : "11:00", durationMinutes: 480 }],
      }),
    ]);

  for (const [month, from, to] of [
    ["March", "2026-03-01T00:00Z", "2026-04-05T00:00Z"],
    ["October", "2026-10-01T00:00Z", "2026-11-08T00:00Z"],
  ] as const) {
    it(`hands off with no gap and no overlap through ${month}, at 09:00 Berlin time`, () => {
      const s = sun(["Europe/Berlin", "Europe/Berlin", "Europe/Berlin"]);
      const a = t(from);
      const b = t(to);
      expect(coverageGaps(s, a, b)).toEqual([]);
      const covered = s.layers.flatMap((l) => layerSpans(l, a, b)).sort((x, y) => x.start - y.start);
      for (let i = 1; i < covered.length; i++) expect(covered[i]!.start).toBe(covered[i - 1]!.end); // no overlap
      const berlinStarts = covered.filter((c) => c.userId === "berlin").map((c) => c.start);
      for (const start of berlinStarts)
        expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", timeStyle: "short" }).format(start)).toBe(
          "09:00",
        );
      expect(berlinStarts.length).toBe(Math.round((b - a) / DAY_MS));
    });
  }

  it("the gap finder shows what local anchors in three zones would do in March", () => {
    // Berlin 09–17, New York 11–19, Sydney 11–19 local: right in winter, wrong while one region has changed.
    const s = sun(["Europe/Berlin", "America/New_York", "Australia/Sydney"]);
    expect(coverageGaps(s, t("2026-01-10T00:00Z"), t("2026-01-17T00:00Z"))).toEqual([]);
    const march = coverageGaps(s, t("2026-03-10T00:00Z"), t("2026-03-12T00:00Z"));
    expect(march.length).toBeGreaterThan(0);
    expect(march.every((g) => g.end - g.start === HOUR_MS)).toBe(true);
  });
});
