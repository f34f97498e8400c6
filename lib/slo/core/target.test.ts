import { describe, expect, it } from "vitest";
import { allowedBad, parseTarget } from "./target";

describe("parseTarget", () => {
  it("99.9 gives exactly the double nearest 0.001 (not 1 − 0.999)", () => {
    const t = parseTarget("99.9");
    expect(t.errorBudgetRatio).toBe(0.001);
    expect(1 - 0.999).not.toBe(0.001); // why integer scaling matters
    expect(t.ratio).toBe(0.999);
    expect(t.badNumerator).toBe(1);
    expect(t.denominator).toBe(1000);
  });

  it("handles more decimals, trailing zeros and integers", () => {
    expect(parseTarget("99.95").errorBudgetRatio).toBe(0.0005);
    expect(parseTarget("99.99").errorBudgetRatio).toBe(0.0001);
    expect(parseTarget("99.90").errorBudgetRatio).toBe(0.001);
    expect(parseTarget("99").errorBudgetRatio).toBe(0.01);
    expect(parseTarget("95").ratio).toBe(0.95);
    expect(parseTarget(" 99.5 ").percent).toBe("99.5");
  });

  it("100 % has a zero budget", () => {
    const t = parseTarget("100");
    expect(t.errorBudgetRatio).toBe(0);
    expect(t.ratio).toBe(1);
    expect(t.badNumerator).toBe(0);
    expect(parseTarget("100.000").errorBudgetRatio).toBe(0);
  });

  it("rejects malformed or out-of-range targets", () => {
    for (const bad of ["", "abc", "0", "0.0", "100.1", "101", "-1", "1e2", "99.", ".9", "99.1234567891"]) {
      expect(() => parseTarget(bad), bad).toThrow(RangeError);
    }
  });

  it("allowedBad multiplies with a single rounding", () => {
    const t = parseTarget("99.9");
    expect(allowedBad(t, 43200)).toBe(43.2);
    expect(allowedBad(t, 40320)).toBe(40.32);
    expect(allowedBad(t, 10000)).toBe(10);
    expect(allowedBad(parseTarget("100"), 10000)).toBe(0);
  });
});
