import { describe, expect, it } from "vitest";
import { accept, assign, decline, needsNudge, release, RoleRuleError, type Assignment } from "./roles";

const started = new Date("2026-01-01T00:00:00Z");
const ic = (id: string, userId: string, state: Assignment["state"] = "active"): Assignment => ({
  id,
  roleKey: "commander",
  userId,
  state,
  startedAt: state === "active" ? started : null,
});

describe("role hand-offs", () => {
  it("takes an unfilled commander role at once", () => {
    expect(assign([], "commander", "u1")).toEqual({ kind: "activate", roleKey: "commander", userId: "u1", end: [] });
  });

  it("offers a held commander role; the old commander keeps it until acceptance", () => {
    const all = [ic("a1", "u1"), ic("p0", "u3", "pending")];
    expect(assign(all, "commander", "u2")).toEqual({
      kind: "offer",
      roleKey: "commander",
      userId: "u2",
      withdraw: ["p0"],
    });
  });

  it("completes the hand-off only when the person offered accepts", () => {
    const all = [ic("a1", "u1"), ic("p1", "u2", "pending")];
    expect(() => accept(all, "p1", "u1")).toThrow(RoleRuleError);
    expect(accept(all, "p1", "u2")).toEqual({ kind: "accept", assignmentId: "p1", end: ["a1"] });
    expect(decline(all, "p1")).toEqual({ kind: "decline", assignmentId: "p1" });
    expect(() => accept([ic("a1", "u1"), ic("p1", "u2", "declined")], "p1", "u2")).toThrow("no longer open");
  });

  it("replaces a lead at once, lets responders accumulate, and never leaves command empty", () => {
    const ops: Assignment = { id: "o1", roleKey: "operations", userId: "u1", state: "active", startedAt: started };
    expect(assign([ops], "operations", "u2")).toEqual({
      kind: "activate",
      roleKey: "operations",
      userId: "u2",
      end: ["o1"],
    });
    const resp: Assignment = { ...ops, id: "r1", roleKey: "responder" };
    expect(assign([resp], "responder", "u2")).toEqual({
      kind: "activate",
      roleKey: "responder",
      userId: "u2",
      end: [],
    });
    expect(() => assign([ops], "operations", "u1")).toThrow("already holds");
    expect(() => release([ic("a1", "u1")], "commander", "u1")).toThrow("hand the role over");
    expect(release([ops], "operations", "u1")).toEqual({ kind: "release", end: ["o1"] });
  });

  it("nudges a commander after three hours, once", () => {
    const a = { roleKey: "commander", state: "active" as const, startedAt: started, nudgedAt: null };
    expect(needsNudge(a, new Date("2026-01-01T02:59:00Z"))).toBe(false);
    expect(needsNudge(a, new Date("2026-01-01T03:00:00Z"))).toBe(true);
    expect(needsNudge({ ...a, nudgedAt: started }, new Date("2026-01-01T05:00:00Z"))).toBe(false);
    expect(needsNudge({ ...a, roleKey: "operations" }, new Date("2026-01-01T05:00:00Z"))).toBe(false);
  });
});
