import { describe, expect, it } from "vitest";
import { canChangeStatus, isReopen, momentOrderProblem, momentsFor } from "./lifecycle";

const at = new Date("2026-01-01T03:00:00Z");
const none = { acknowledgedAt: null, mitigatedAt: null, resolvedAt: null };

describe("status lifecycle", () => {
  it("allows skipping steps and reopening, but not a no-op", () => {
    expect(canChangeStatus("investigating", "resolved")).toBe(true);
    expect(canChangeStatus("resolved", "investigating")).toBe(true);
    expect(canChangeStatus("monitoring", "monitoring")).toBe(false);
    expect(isReopen("resolved", "identified")).toBe(true);
    expect(isReopen("monitoring", "identified")).toBe(false);
  });

  it("stamps acknowledged, mitigated and resolved the first time they are reached", () => {
    expect(momentsFor("investigating", "identified", none, at)).toEqual({ acknowledgedAt: at });
    expect(momentsFor("investigating", "monitoring", none, at)).toEqual({ acknowledgedAt: at, mitigatedAt: at });
    expect(momentsFor("investigating", "resolved", none, at)).toEqual({
      acknowledgedAt: at,
      mitigatedAt: at,
      resolvedAt: at,
    });
    const earlier = new Date("2026-01-01T02:00:00Z");
    expect(momentsFor("identified", "monitoring", { ...none, acknowledgedAt: earlier }, at)).toEqual({
      mitigatedAt: at,
    });
  });

  it("clears resolvedAt on reopen and keeps the other moments", () => {
    const m = { acknowledgedAt: at, mitigatedAt: at, resolvedAt: at };
    expect(momentsFor("resolved", "investigating", m, at)).toEqual({ resolvedAt: null });
  });

  it("refuses edited moments out of order with a readable message", () => {
    const t = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
    expect(
      momentOrderProblem({ startedAt: t(1), acknowledgedAt: t(2), mitigatedAt: t(3), resolvedAt: t(4) }),
    ).toBeNull();
    expect(momentOrderProblem({ startedAt: t(3), acknowledgedAt: t(2) })).toBe(
      "Acknowledged cannot be before started.",
    );
    expect(momentOrderProblem({ startedAt: t(1), mitigatedAt: t(5), resolvedAt: t(4) })).toBe(
      "Resolved cannot be before mitigated.",
    );
    expect(momentOrderProblem({ startedAt: t(2), detectedAt: t(1) })).toBe("Detected cannot be before started.");
  });
});
