// Escalation planning: when each level of a policy is notified, and whom it reaches. Pure; the
// job that runs escalations asks `stepAt` what is due and records each step exactly once.
import { MINUTE_MS } from "@/lib/time/units";
import { onCallAt, type ScheduleDefinition } from "./schedule";

export type EscalationTarget =
  { kind: "schedule"; scheduleId: string } | { kind: "user"; userId: string } | { kind: "team"; teamId: string };

export interface EscalationLevel {
  /** Minutes to wait for an acknowledgement before the next level. */
  delayMinutes: number;
  targets: readonly EscalationTarget[];
}

export interface EscalationPolicyDefinition {
  levels: readonly EscalationLevel[];
  /** Times the whole policy runs again after its last level, 0 for once. */
  repeat: number;
}

export interface EscalationStep {
  /** 0-based position in the whole run, counting repeats. */
  index: number;
  /** 0-based level within the policy. */
  level: number;
  /** 0 for the first pass, 1 for the first repeat, … */
  round: number;
  /** Milliseconds after the page opened at which this step notifies. */
  offsetMs: number;
}

/** Every step of a policy run in order; the last one's wait ends the run. */
export function escalationSteps(policy: EscalationPolicyDefinition): EscalationStep[] {
  const steps: EscalationStep[] = [];
  let offset = 0;
  for (let round = 0; round <= policy.repeat; round++)
    policy.levels.forEach((level, i) => {
      steps.push({ index: steps.length, level: i, round, offsetMs: offset });
      offset += level.delayMinutes * MINUTE_MS;
    });
  return steps;
}

/** When the run is over if nobody acknowledges: the last step plus its wait. */
export function escalationEndsAfterMs(policy: EscalationPolicyDefinition): number {
  const perRound = policy.levels.reduce((sum, l) => sum + l.delayMinutes * MINUTE_MS, 0);
  return perRound * (policy.repeat + 1);
}

/** The steps due by `now` that have not run yet (`done` steps have), in order. */
export function dueSteps(
  policy: EscalationPolicyDefinition,
  openedAt: number,
  now: number,
  done: number,
): EscalationStep[] {
  return escalationSteps(policy).filter((s) => s.index >= done && openedAt + s.offsetMs <= now);
}

/** Resolves what a schedule, user and team target means at an instant. */
export interface TargetDirectory {
  schedule(id: string): ScheduleDefinition | undefined;
  teamMembers(id: string): readonly string[];
}

/** The people one level reaches at instant t, each once, in target order; schedule gaps add no one. */
export function levelRecipients(level: EscalationLevel, t: number, directory: TargetDirectory): string[] {
  const people: string[] = [];
  const add = (id: string | null | undefined) => {
    if (id && !people.includes(id)) people.push(id);
  };
  for (const target of level.targets) {
    if (target.kind === "user") add(target.userId);
    else if (target.kind === "team") directory.teamMembers(target.teamId).forEach(add);
    else {
      const schedule = directory.schedule(target.scheduleId);
      if (schedule) add(onCallAt(schedule, t).userId);
    }
  }
  return people;
}
