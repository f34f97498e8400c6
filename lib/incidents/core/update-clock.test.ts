import { describe, expect, it } from "vitest";
import { DEFAULT_UPDATE_INTERVAL_MINUTES, dueState, nextUpdateDue } from "./update-clock";

const from = new Date("2026-01-01T03:00:00Z");

describe("next update due", () => {
  it("defaults to 20/30/60/120 minutes by severity", () => {
    expect(DEFAULT_UPDATE_INTERVAL_MINUTES).toEqual({ SEV1: 20, SEV2: 30, SEV3: 60, SEV4: 120 });
    expect(nextUpdateDue(from, 20, false)?.toISOString()).toBe("2026-01-01T03:20:00.000Z");
  });

  it("has no clock once resolved or without an interval", () => {
    expect(nextUpdateDue(from, 20, true)).toBeNull();
    expect(nextUpdateDue(from, 0, false)).toBeNull();
    expect(nextUpdateDue(from, null, false)).toBeNull();
  });

  it("warns before the deadline and flags it overdue after", () => {
    const due = new Date("2026-01-01T03:20:00Z");
    expect(dueState(due, new Date("2026-01-01T03:01:00Z"), 20)).toEqual({ state: "ok", seconds: 1140 });
    expect(dueState(due, new Date("2026-01-01T03:16:00Z"), 20)).toEqual({ state: "soon", seconds: 240 });
    expect(dueState(due, new Date("2026-01-01T03:21:00Z"), 20)).toEqual({ state: "overdue", seconds: -60 });
    expect(dueState(null, from)).toEqual({ state: "none" });
  });
});
