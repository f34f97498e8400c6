import { describe, expect, it } from "vitest";
import { MINUTE_MS } from "@/lib/time/units";
import {
  dueSteps,
  escalationEndsAfterMs,
  escalationSteps,
  levelRecipients,
  type EscalationPolicyDefinition,
} from "./escalation";
import type { ScheduleDefinition } from "./schedule";

const policy: EscalationPolicyDefinition = {
  levels: [
    { delayMinutes: 5, targets: [{ kind: "schedule", scheduleId: "primary" }] },
    {
      delayMinutes: 10,
      targets: [
        { kind: "user", userId: "lead" },
        { kind: "team", teamId: "sre" },
      ],
    },
  ],
  repeat: 1,
};
const opened = Date.parse("2026-03-02T03:00:00Z");

describe("escalation steps", () => {
  it("runs every level in order, then the whole policy again for each repeat", () => {
    expect(escalationSteps(policy).map((s) => [s.index, s.level, s.round, s.offsetMs / MINUTE_MS])).toEqual([
      [0, 0, 0, 0],
      [1, 1, 0, 5],
      [2, 0, 1, 15],
      [3, 1, 1, 20],
    ]);
    expect(escalationEndsAfterMs(policy)).toBe(30 * MINUTE_MS);
  });

  it("a step is due once its wait has passed and it has not run; a late tick catches up in order", () => {
    expect(dueSteps(policy, opened, opened, 0).map((s) => s.index)).toEqual([0]);
    expect(dueSteps(policy, opened, opened + 5 * MINUTE_MS - 1, 1)).toEqual([]);
    expect(dueSteps(policy, opened, opened + 5 * MINUTE_MS, 1).map((s) => s.index)).toEqual([1]);
    expect(dueSteps(policy, opened, opened + 21 * MINUTE_MS, 1).map((s) => s.index)).toEqual([1, 2, 3]);
    expect(dueSteps(policy, opened, opened + 60 * MINUTE_MS, 4)).toEqual([]);
  });

  it("a policy with no repeat stops after its last level", () => {
    expect(escalationSteps({ ...policy, repeat: 0 })).toHaveLength(2);
  });
});

describe("recipients", () => {
  const primary: ScheduleDefinition = {
    layers: [
      {
        id: "l",
        start: "2026-03-01T09:00",
        timeZone: "UTC",
        shiftMinutes: 1440,
        participants: ["ana", "ben"],
        restrictions: [{ startTime: "09:00", durationMinutes: 480 }],
      },
    ],
    overrides: [],
  };
  const directory = {
    schedule: (id: string) => (id === "primary" ? primary : undefined),
    teamMembers: (id: string) => (id === "sre" ? ["ben", "lead", "cho"] : []),
  };

  it("a schedule target reaches whoever is on call at that moment", () => {
    expect(levelRecipients(policy.levels[0]!, Date.parse("2026-03-02T10:00:00Z"), directory)).toEqual(["ben"]);
  });

  it("a schedule gap reaches nobody, so the next level is the one that matters", () => {
    expect(levelRecipients(policy.levels[0]!, Date.parse("2026-03-02T03:00:00Z"), directory)).toEqual([]);
  });

  it("users and team members are reached once each", () => {
    expect(levelRecipients(policy.levels[1]!, opened, directory)).toEqual(["lead", "ben", "cho"]);
  });
});
