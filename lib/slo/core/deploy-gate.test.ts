import { describe, expect, it } from "vitest";
import { blockingSlos } from "./deploy-gate";
import type { SloStatus } from "./types";

const withRatio = (remainingRatio: number) =>
  ({ errorBudget: { total: 10, consumed: 0, remaining: 0, remainingRatio } }) as SloStatus;

describe("blockingSlos", () => {
  it("blocks an exhausted budget at the default threshold 0 and passes any budget left", () => {
    expect(blockingSlos([{ id: "a", name: "A", freezeBelowRatio: "0", status: withRatio(0) }])).toMatchObject([
      { sloId: "a", remainingRatio: 0, threshold: 0 },
    ]);
    expect(blockingSlos([{ id: "a", name: "A", freezeBelowRatio: "0", status: withRatio(-0.5) }])[0]?.reason).toContain(
      "exhausted",
    );
    expect(blockingSlos([{ id: "a", name: "A", freezeBelowRatio: "0", status: withRatio(0.01) }])).toEqual([]);
  });

  it("blocks below a custom threshold, not at it", () => {
    expect(
      blockingSlos([{ id: "a", name: "A", freezeBelowRatio: "0.25", status: withRatio(0.2) }])[0]?.reason,
    ).toContain("below the 25.00 % freeze threshold");
    expect(blockingSlos([{ id: "a", name: "A", freezeBelowRatio: "0.25", status: withRatio(0.25) }])).toEqual([]);
  });
});
