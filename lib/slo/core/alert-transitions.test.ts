import { describe, expect, it } from "vitest";
import { alertTransitions } from "./alert-transitions";
import type { AlertEvaluation } from "./types";

const evaluation = (
  id: string,
  firing: boolean,
  status: AlertEvaluation["status"] = firing ? "firing" : "ok",
): AlertEvaluation => ({
  id,
  severity: "page",
  factor: 14.4,
  longWindowMinutes: 60,
  shortWindowMinutes: 5,
  longBurnRate: 20,
  shortBurnRate: 20,
  longWindowEvents: 100,
  minEvents: null,
  wouldFire: firing,
  firing,
  status,
  reason: null,
});

describe("alertTransitions", () => {
  it("opens an episode for a newly firing condition only once", () => {
    const t = alertTransitions([evaluation("page-fast", true), evaluation("page-slow", false)], []);
    expect(t.fire.map((e) => e.id)).toEqual(["page-fast"]);
    expect(alertTransitions([evaluation("page-fast", true)], [{ id: "a1", conditionId: "page-fast" }])).toEqual({
      fire: [],
      resolve: [],
    });
  });

  it("resolves when the condition stops firing, is suppressed or is gone", () => {
    const open = [
      { id: "a", conditionId: "x" },
      { id: "b", conditionId: "y" },
      { id: "c", conditionId: "gone" },
    ];
    const t = alertTransitions([evaluation("x", false), evaluation("y", false, "suppressed")], open);
    expect(t.resolve.map((r) => [r.episode.id, r.evaluation?.status ?? null])).toEqual([
      ["a", "ok"],
      ["b", "suppressed"],
      ["c", null],
    ]);
  });
});
