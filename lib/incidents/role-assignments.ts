import "server-only";
import { z } from "zod";
import { authorize, can, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { forbidden, validationFailed } from "@/lib/errors";
import { publishNotification } from "@/lib/notifications/publish";
import { publishChange } from "@/lib/realtime/changes";
import { incidentUrl } from "./declare";
import { ensureIncidentDefaults } from "./defaults";
import { loadIncident } from "./load";
import { accept, assign, COMMANDER, decline, release, RESPONDER, RoleRuleError, type Transition } from "./core/roles";
import { appendTimelineEvent } from "./timeline";

export const roleActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("assign"), roleKey: z.string().min(1), userId: z.string().min(1) }),
    z.object({ action: z.literal("accept"), assignmentId: z.string().min(1) }),
    z.object({ action: z.literal("decline"), assignmentId: z.string().min(1) }),
    z.object({ action: z.literal("release"), roleKey: z.string().min(1), userId: z.string().min(1) }),
  ],
  { error: "`action` is assign, accept, decline or release." },
);
export type RoleAction = z.input<typeof roleActionSchema>;

/**
 * One role action (assign/hand over, accept, decline, release), recorded on the timeline with
 * from whom, to whom and when. Assigning a held commander role only offers it.
 */
export async function changeRole(ctx: OrgContext, ref: string, input: RoleAction) {
  authorize(ctx, "incidents:write");
  const action = roleActionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const incident = await loadIncident(tx, ctx, ref);
    // Role changes on one incident take turns: two people taking an empty commander role at once
    // must not both get it (a partial unique index backs this up).
    await tx.$queryRaw`SELECT 1 FROM "Incident" WHERE id = ${incident.id} FOR UPDATE`;
    await ensureIncidentDefaults(tx, ctx.org.id);
    const all = await tx.incidentRoleAssignment.findMany({
      where: { incidentId: incident.id, state: { in: ["pending", "active"] } },
    });
    const actorId = ctx.actor.type === "user" ? ctx.actor.id : null;
    let transition: Transition;
    try {
      if (action.action === "assign") {
        await checkAssignable(tx, ctx, incident, action.roleKey, action.userId);
        transition = assign(all, action.roleKey, action.userId);
      } else if (action.action === "accept") {
        if (!actorId) throw forbidden("Only a person can accept a role.");
        transition = accept(all, action.assignmentId, actorId);
      } else if (action.action === "decline") {
        const offer = all.find((a) => a.id === action.assignmentId);
        const holder =
          offer && all.some((a) => a.roleKey === offer.roleKey && a.state === "active" && a.userId === actorId);
        if (offer && offer.userId !== actorId && !holder)
          throw forbidden("Only the person offered the role, or its holder, can decline or withdraw a hand-off.");
        transition = decline(all, action.assignmentId);
      } else {
        if (!mayRelease(ctx, all, action.userId))
          throw forbidden(
            "Only the person holding the role, the Incident Commander or an admin can take someone off a role.",
          );
        transition = release(all, action.roleKey, action.userId);
      }
    } catch (e) {
      if (e instanceof RoleRuleError) throw validationFailed(e.message);
      throw e;
    }
    const now = new Date();
    const byId = new Map(all.map((a) => [a.id, a]));
    const endIds = "end" in transition ? transition.end : [];
    await tx.incidentRoleAssignment.updateMany({
      where: { id: { in: endIds }, incidentId: incident.id },
      data: { state: "ended", endedAt: now },
    });
    const fromUserId = endIds.map((id) => byId.get(id)?.userId).find(Boolean) ?? null;
    let event: { kind: string; data: Record<string, unknown> };
    switch (transition.kind) {
      case "activate":
        await tx.incidentRoleAssignment.create({
          data: {
            incidentId: incident.id,
            roleKey: transition.roleKey,
            userId: transition.userId,
            state: "active",
            assignedById: actorId,
            offeredAt: now,
            startedAt: now,
          },
        });
        event = {
          kind: "role.assigned",
          data: { roleKey: transition.roleKey, fromUserId, toUserId: transition.userId },
        };
        break;
      case "offer": {
        await tx.incidentRoleAssignment.updateMany({
          where: { id: { in: transition.withdraw }, incidentId: incident.id },
          data: { state: "declined", endedAt: now },
        });
        await tx.incidentRoleAssignment.create({
          data: {
            incidentId: incident.id,
            roleKey: transition.roleKey,
            userId: transition.userId,
            state: "pending",
            assignedById: actorId,
            offeredAt: now,
          },
        });
        const holder = all.find((a) => a.roleKey === transition.roleKey && a.state === "active");
        event = {
          kind: "role.offered",
          data: { roleKey: transition.roleKey, fromUserId: holder?.userId ?? null, toUserId: transition.userId },
        };
        break;
      }
      case "accept": {
        const offer = byId.get(transition.assignmentId)!;
        await tx.incidentRoleAssignment.update({ where: { id: offer.id }, data: { state: "active", startedAt: now } });
        event = { kind: "role.accepted", data: { roleKey: offer.roleKey, fromUserId, toUserId: offer.userId } };
        break;
      }
      case "decline": {
        const offer = byId.get(transition.assignmentId)!;
        await tx.incidentRoleAssignment.update({ where: { id: offer.id }, data: { state: "declined", endedAt: now } });
        event = { kind: "role.declined", data: { roleKey: offer.roleKey, toUserId: offer.userId } };
        break;
      }
      case "release":
        event = {
          kind: "role.released",
          data: { roleKey: action.action === "release" ? action.roleKey : "", fromUserId },
        };
        break;
    }
    await appendTimelineEvent(tx, ctx, incident.id, {
      ...event,
      occurredAt: now,
      keyMoment: event.kind === "role.accepted",
    });
    await recordAudit(tx, ctx, {
      action: `incident.${event.kind}`,
      entityType: "incident",
      entityId: incident.id,
      after: event.data,
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: incident.id, kind: event.kind });
    if (event.kind !== "role.declined") {
      await publishNotification(tx, {
        type: "incident.role_changed",
        orgId: ctx.org.id,
        private: incident.private,
        occurredAt: now,
        title: `INC-${incident.number}: ${roleVerb(event.kind)}`,
        text: incident.title,
        url: incidentUrl(ctx, incident.number),
        data: { incidentId: incident.id, number: incident.number, ...event.data, change: event.kind },
      });
    }
    return event;
  });
}

/** People leave a role themselves; the commander and admins may also take someone off it. Tokens are automation and may. */
function mayRelease(
  ctx: OrgContext,
  all: { roleKey: string; state: string; userId: string }[],
  userId: string,
): boolean {
  if (ctx.actor.type !== "user") return true;
  const actorId = ctx.actor.id;
  return (
    userId === actorId ||
    can(ctx, "config:write") ||
    all.some((a) => a.roleKey === COMMANDER && a.state === "active" && a.userId === actorId)
  );
}

const roleVerb = (kind: string) =>
  ({
    "role.assigned": "role assigned",
    "role.offered": "role hand-off offered",
    "role.accepted": "role handed over",
    "role.released": "role released",
  })[kind] ?? kind;

async function checkAssignable(
  tx: Tx,
  ctx: OrgContext,
  incident: { id: string; private: boolean },
  roleKey: string,
  userId: string,
) {
  if (roleKey !== RESPONDER && roleKey !== COMMANDER) {
    const def = await tx.incidentRoleDefinition.findUnique({
      where: { orgId_key: { orgId: ctx.org.id, key: roleKey } },
      select: { id: true },
    });
    if (!def) throw validationFailed(`There is no role "${roleKey}" in this organization.`);
  }
  const member = await tx.membership.findFirst({ where: { orgId: ctx.org.id, userId }, select: { role: true } });
  if (!member) throw validationFailed("That person is not a member of this organization.");
  if (member.role === "viewer")
    throw validationFailed("Viewers cannot hold incident roles; change their membership role first.");
  if (incident.private) {
    const listed = await tx.incidentAccess.findUnique({
      where: { incidentId_userId: { incidentId: incident.id, userId } },
      select: { userId: true },
    });
    if (!listed)
      throw validationFailed("Add this person to the private incident's access list before giving them a role.");
  }
}
