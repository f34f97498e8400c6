import "server-only";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { publishNotification } from "@/lib/notifications/publish";
import { publishChange } from "@/lib/realtime/changes";
import { incidentUrl } from "./declare";
import { COMMANDER, needsNudge } from "./core/roles";
import { settingsOf, type IncidentSettings } from "./settings";
import { appendTimelineEvent } from "./timeline";
import { updateReminderDue } from "./core/update-clock";

// Runs every minute on whichever instance takes the job; each reminder is claimed with a
// conditional update, so overlapping ticks never remind twice.

const systemCtx = (org: OrgContext["org"], id: string): OrgContext => ({
  org,
  actor: { type: "system", id, label: "Vigil" },
});

/** Settings per organization, read once per tick. */
function settingsCache() {
  const cache = new Map<string, Promise<IncidentSettings>>();
  return (orgId: string) => {
    let s = cache.get(orgId);
    if (!s) cache.set(orgId, (s = settingsOf(orgId)));
    return s;
  };
}

/** Nudges commanders of open incidents who have held the role for the organization's nudge hours. */
export async function nudgeLongCommands(now = new Date()): Promise<number> {
  const settings = settingsCache();
  const candidates = await db.incidentRoleAssignment.findMany({
    // An hour is the shortest nudge an organization can set; each one's own setting decides below.
    where: {
      roleKey: COMMANDER,
      state: "active",
      nudgedAt: null,
      startedAt: { lte: new Date(now.getTime() - 3_600_000) },
      incident: { status: { not: "resolved" } },
    },
    select: {
      id: true,
      roleKey: true,
      state: true,
      startedAt: true,
      nudgedAt: true,
      userId: true,
      incident: { select: { id: true, org: { select: { id: true, slug: true, name: true } } } },
    },
    take: 500,
  });
  let nudged = 0;
  for (const a of candidates) {
    const { commanderNudgeHours: hours } = await settings(a.incident.org.id);
    if (!needsNudge(a, now, hours)) continue;
    const ctx = systemCtx(a.incident.org, "commander-nudge");
    await db.$transaction(async (tx) => {
      const claimed = await tx.incidentRoleAssignment.updateMany({
        where: { id: a.id, nudgedAt: null, state: "active" },
        data: { nudgedAt: now },
      });
      if (claimed.count === 0) return;
      await appendTimelineEvent(tx, ctx, a.incident.id, {
        kind: "commander.nudged",
        data: { userId: a.userId, hours },
        occurredAt: now,
      });
      await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: a.incident.id, kind: "commander.nudged" });
      nudged += 1;
    });
  }
  return nudged;
}

/**
 * Reminds the Communications Lead (the commander while that role is unfilled) shortly before a
 * stakeholder update is due, once per deadline: on the timeline, live, and to notification targets.
 */
export async function remindUpdatesDue(now = new Date()): Promise<number> {
  const settings = settingsCache();
  const candidates = await db.incident.findMany({
    where: { status: { not: "resolved" }, nextUpdateDueAt: { not: null, lte: new Date(now.getTime() + 60 * 60_000) } },
    select: {
      id: true,
      number: true,
      title: true,
      private: true,
      nextUpdateDueAt: true,
      updateRemindedFor: true,
      org: { select: { id: true, slug: true, name: true } },
      roles: {
        where: { state: "active", roleKey: { in: ["communications", COMMANDER] } },
        select: { roleKey: true, user: { select: { id: true, name: true } } },
      },
    },
    take: 1000,
  });
  let reminded = 0;
  for (const i of candidates) {
    const due = i.nextUpdateDueAt!;
    const { updateReminderMinutes } = await settings(i.org.id);
    if (!updateReminderDue(due, i.updateRemindedFor, now, updateReminderMinutes)) continue;
    const lead = i.roles.find((r) => r.roleKey === "communications") ?? i.roles.find((r) => r.roleKey === COMMANDER);
    const ctx = systemCtx(i.org, "update-reminder");
    await db.$transaction(async (tx) => {
      const claimed = await tx.incident.updateMany({
        where: {
          id: i.id,
          nextUpdateDueAt: due,
          OR: [{ updateRemindedFor: null }, { updateRemindedFor: { not: due } }],
        },
        data: { updateRemindedFor: due },
      });
      if (claimed.count === 0) return;
      const data = { dueAt: due.toISOString(), userId: lead?.user.id ?? null, roleKey: lead?.roleKey ?? null };
      await appendTimelineEvent(tx, ctx, i.id, { kind: "update.reminder", data, occurredAt: now });
      await publishChange(tx, { orgId: i.org.id, topic: "incident", id: i.id, kind: "update.reminder" });
      const minutes = Math.max(0, Math.round((due.getTime() - now.getTime()) / 60_000));
      await publishNotification(tx, {
        type: "incident.update_due",
        orgId: i.org.id,
        private: i.private,
        occurredAt: now,
        title: `INC-${i.number}: stakeholder update ${minutes ? `due in ${minutes} min` : "overdue"}`,
        text: `${i.title}. ${lead ? `${lead.roleKey === "communications" ? "Communications Lead" : "Incident Commander (no Communications Lead)"}: ${lead.user.name}` : "Nobody holds command."}`,
        url: incidentUrl(ctx, i.number),
        data: { incidentId: i.id, number: i.number, ...data },
      });
      reminded += 1;
    });
  }
  return reminded;
}
