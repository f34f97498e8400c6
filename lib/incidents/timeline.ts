import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgContext } from "@/lib/access/context";
import type { Tx } from "@/lib/db";
import { publishChange } from "@/lib/realtime/changes";

export type TimelineEventInput = {
  kind: string;
  data: Record<string, unknown>;
  occurredAt?: Date;
  keyMoment?: boolean;
};

/**
 * Appends one event to an incident's timeline inside the caller's transaction, and tells every
 * instance's live viewers. Appending never conflicts: it touches no version.
 * The caller has already loaded the incident through `ctx` (so it is in ctx's organization).
 */
export async function appendTimelineEvent(tx: Tx, ctx: OrgContext, incidentId: string, event: TimelineEventInput) {
  const created = await tx.timelineEvent.create({
    data: {
      orgId: ctx.org.id,
      incidentId,
      kind: event.kind,
      occurredAt: event.occurredAt ?? new Date(),
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorLabel: ctx.actor.label,
      data: JSON.parse(JSON.stringify(event.data)) as Prisma.InputJsonValue,
      keyMoment: event.keyMoment ?? false,
    },
    select: { id: true, kind: true, occurredAt: true, createdAt: true, keyMoment: true },
  });
  await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: incidentId, kind: `timeline.${event.kind}` });
  return created;
}
