import { describe, expect, it } from "vitest";
import { describeEvent } from "./timeline-text";

const names = {
  person: (id: unknown) => (({ u1: "Riley", u2: "Alex" }) as Record<string, string>)[String(id)] ?? "someone",
  role: (key: unknown) =>
    (({ commander: "Incident Commander", communications: "Communications Lead" }) as Record<string, string>)[
      String(key)
    ] ?? String(key),
};

describe("describeEvent", () => {
  it("names people and roles in hand-offs", () => {
    expect(
      describeEvent({ kind: "role.accepted", data: { roleKey: "commander", fromUserId: "u1", toUserId: "u2" } }, names),
    ).toBe("Incident Commander handed over from Riley to Alex");
    expect(
      describeEvent(
        { kind: "role.assigned", data: { roleKey: "communications", fromUserId: null, toUserId: "u2" } },
        names,
      ),
    ).toBe("Communications Lead: Alex");
  });

  it("says when an update is due and for whom", () => {
    expect(
      describeEvent({ kind: "update.reminder", data: { dueAt: "2026-12-01T03:20:00.000Z", userId: "u2" } }, names),
    ).toBe("Stakeholder update due at 03:20 UTC (Alex)");
  });

  it("says where an incident came from when not declared by hand", () => {
    expect(
      describeEvent(
        { kind: "declared", data: { severity: "SEV2", title: "Disk full", source: "alertmanager" } },
        names,
      ),
    ).toBe("Incident declared as SEV2: Disk full (from alertmanager)");
    expect(
      describeEvent({ kind: "declared", data: { severity: "SEV2", title: "Disk full", source: "manual" } }, names),
    ).toBe("Incident declared as SEV2: Disk full");
  });

  it("falls back to the kind for events it does not know", () => {
    expect(describeEvent({ kind: "something.new", data: {} }, names)).toBe("something new");
  });
});
