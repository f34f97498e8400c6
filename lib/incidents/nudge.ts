import "server-only";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { publishChange } from "@/lib/realtime/changes";
import { DEFAULT_COMMANDER_NUDGE_HOURS, needsNudge } from "./roles";
import { appendTimelineEvent } from "./timeline";

export const COMMANDER_NUDGE_QUEUE = "incident-commander-nudge";

/**
 * Nudges commanders of open incidents who have held the role for `hours`. Claiming each
 * assignment with a conditional update makes it safe if two ticks ever overlap.
 */
export async function nudgeLongCommands(now = new Date(), hours = DEFAULT_COMMANDER_NUDGE_HOURS): Promise<number> {
  const candidates = await db.incidentRoleAssignment.findMany({
    where: { roleKey: "commander", state: "active", nudgedAt: null, startedAt: { lte: new Date(now.getTime() - hours * 3_600_000) }, incident: { status: { not: "resolved" } } },
    select: { id: true, roleKey: true, state: true, startedAt: true, nudgedAt: true, userId: true, incident: { select: { id: true, org: { select: { id: true, slug: true, name: true } } } } },
    take: 500,
  });
  let nudged = 0;
  for (const a of candidates.filter((c) => needsNudge(c, now, hours))) {
    const ctx: OrgContext = { org: a.incident.org, actor: { type: "system", id: "commander-nudge", label: "Vigil" } };
    await db.$transaction(async (tx) => {
      const claimed = await tx.incidentRoleAssignment.updateMany({ where: { id: a.id, nudgedAt: null, state: "active" }, data: { nudgedAt: now } });
      if (claimed.count === 0) return;
      await appendTimelineEvent(tx, ctx, a.incident.id, { kind: "commander.nudged", data: { userId: a.userId, hours }, occurredAt: now });
      await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: a.incident.id, kind: "commander.nudged" });
      nudged += 1;
    });
  }
  return nudged;
}
