// Incident role hand-offs as a state machine over assignment rows. Pure: no I/O.
export const COMMANDER = "commander";
export const BUILT_IN_ROLES = [
  {
    key: COMMANDER,
    name: "Incident Commander",
    checklist: [
      "Set the severity and status",
      "Name the Communications and Operations leads",
      "Keep a decision log on the timeline",
      "Hand over before you are exhausted",
    ],
  },
  {
    key: "communications",
    name: "Communications Lead",
    checklist: [
      "Post a stakeholder update before the clock runs out",
      "Keep the status page current",
      "Route questions away from responders",
    ],
  },
  {
    key: "operations",
    name: "Operations Lead",
    checklist: [
      "Direct the technical response",
      "Record actions and findings on the timeline",
      "Create tasks for parallel work",
    ],
  },
] as const;
export const LEAD_ROLES: readonly string[] = BUILT_IN_ROLES.map((r) => r.key);
export const RESPONDER = "responder";

/** Nudge a commander to hand over after this long, unless configured otherwise. */
export const DEFAULT_COMMANDER_NUDGE_HOURS = 3;

export type AssignmentState = "pending" | "active" | "ended" | "declined";
export type Assignment = {
  id: string;
  roleKey: string;
  userId: string;
  state: AssignmentState;
  startedAt: Date | null;
};

/** What to write for an action; the data layer turns it into row updates and timeline events. */
export type Transition =
  | { kind: "activate"; roleKey: string; userId: string; end: string[] }
  | { kind: "offer"; roleKey: string; userId: string; withdraw: string[] }
  | { kind: "accept"; assignmentId: string; end: string[] }
  | { kind: "decline"; assignmentId: string }
  | { kind: "release"; end: string[] };

export class RoleRuleError extends Error {}

const holders = (a: Assignment[], role: string) => a.filter((x) => x.roleKey === role && x.state === "active");
const offers = (a: Assignment[], role: string) => a.filter((x) => x.roleKey === role && x.state === "pending");

/**
 * Assigning a role. The commander is offered (the old one holds it until acceptance), unless
 * nobody holds it; lead roles are taken over at once (one holder); responders accumulate.
 */
export function assign(all: Assignment[], roleKey: string, userId: string): Transition {
  const current = holders(all, roleKey);
  if (current.some((h) => h.userId === userId)) throw new RoleRuleError("That person already holds this role.");
  if (roleKey === COMMANDER && current.length > 0) {
    return { kind: "offer", roleKey, userId, withdraw: offers(all, roleKey).map((o) => o.id) };
  }
  const end = roleKey === RESPONDER ? [] : current.map((h) => h.id);
  return { kind: "activate", roleKey, userId, end };
}

/** Only the person offered may accept; accepting ends the previous holder's term. */
export function accept(all: Assignment[], assignmentId: string, actorId: string): Transition {
  const offer = all.find((a) => a.id === assignmentId);
  if (!offer || offer.state !== "pending") throw new RoleRuleError("This hand-off is no longer open.");
  if (offer.userId !== actorId) throw new RoleRuleError("Only the person it was offered to can accept a hand-off.");
  return { kind: "accept", assignmentId, end: holders(all, offer.roleKey).map((h) => h.id) };
}

/** The person offered declines, or the one who offered withdraws; the holder keeps the role. */
export function decline(all: Assignment[], assignmentId: string): Transition {
  const offer = all.find((a) => a.id === assignmentId);
  if (!offer || offer.state !== "pending") throw new RoleRuleError("This hand-off is no longer open.");
  return { kind: "decline", assignmentId };
}

/** Leaving a role; the commander cannot be left empty, so it is only handed over. */
export function release(all: Assignment[], roleKey: string, userId: string): Transition {
  if (roleKey === COMMANDER) throw new RoleRuleError("An incident always has a commander: hand the role over instead.");
  const mine = holders(all, roleKey).filter((h) => h.userId === userId);
  if (mine.length === 0) throw new RoleRuleError("That person does not hold this role.");
  return { kind: "release", end: mine.map((h) => h.id) };
}

/** A commander held longer than the threshold, and not nudged yet, should be nudged. */
export function needsNudge(
  a: { roleKey: string; state: AssignmentState; startedAt: Date | null; nudgedAt: Date | null },
  now: Date,
  hours = DEFAULT_COMMANDER_NUDGE_HOURS,
): boolean {
  if (a.roleKey !== COMMANDER || a.state !== "active" || !a.startedAt || a.nudgedAt) return false;
  return now.getTime() - a.startedAt.getTime() >= hours * 3_600_000;
}
