import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE } from "./template";
import { buildFacts, formatMinutes, prefilledBodies } from "./facts";
import { factsInput } from "./fixtures.test-helpers";

describe("buildFacts", () => {
  const facts = buildFacts(factsInput);

  it("measures the duration and each response moment from the start", () => {
    expect(facts.durationMinutes).toBe(95);
    expect(facts.timeTo).toEqual({ detect: 4, acknowledge: 9, mitigate: 38, resolve: 95 });
    expect(facts.moments.resolvedAt).toBe("2026-11-30T10:35:00.000Z");
  });

  it("lists who held which role and when, leaving out offers never accepted", () => {
    expect(facts.roles.map((r) => [r.roleName, r.name, r.endedAt !== null])).toEqual([
      ["Incident Commander", "Alice Smith", true],
      ["Incident Commander", "Bob Jones", false],
    ]);
  });

  it("keeps only key moments for the timeline and counts every event", () => {
    expect(facts.keyMoments.map((m) => m.text)).toEqual([
      "Incident declared as SEV1: Checkout returns 500s",
      "Incident Commander handed over from Alice Smith to Bob Jones",
      "Status changed from monitoring to resolved",
    ]);
    expect(facts.eventCount).toBe(4);
  });

  it("computes the budget lost as the drop in remaining budget", () => {
    expect(facts.slos[0]?.lost).toBeCloseTo(0.45);
    expect(
      buildFacts({ ...factsInput, slos: [{ ...factsInput.slos[0]!, remainingAtStart: null }] }).slos[0]?.lost,
    ).toBeNull();
  });
});

describe("prefilledBodies", () => {
  it("writes impact and timeline from the facts and leaves the narrative to people", () => {
    const bodies = prefilledBodies(DEFAULT_TEMPLATE, buildFacts(factsInput));
    expect(bodies.impact).toContain("**Duration:** 1 h 35 min");
    expect(bodies.impact).toContain("45.0 % of the budget spent");
    expect(bodies.timeline?.split("\n")).toHaveLength(3);
    expect(bodies.timeline).toContain("**2026-11-30 09:04 UTC** Incident declared as SEV1");
    expect(bodies.summary).toBe("");
    expect(Object.keys(bodies)).toEqual(DEFAULT_TEMPLATE.map((s) => s.key));
  });

  it("formats long durations in days", () => {
    expect(formatMinutes(50)).toBe("50 min");
    expect(formatMinutes(120)).toBe("2 h");
    expect(formatMinutes(3 * 24 * 60 + 90)).toBe("3 d 1 h");
  });
});
