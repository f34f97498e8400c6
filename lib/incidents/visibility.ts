import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";

/**
 * The incidents `ctx` may see: the organization's own, and private ones only for the members
 * on their access list. API tokens never see private incidents (no person is named); Vigil's
 * own server-side system actor sees everything.
 */
export function visibleIncidents(ctx: OrgContext): Prisma.IncidentWhereInput {
  if (ctx.actor.type === "system") return { orgId: ctx.org.id };
  if (ctx.actor.type === "token") return { orgId: ctx.org.id, private: false };
  return { orgId: ctx.org.id, OR: [{ private: false }, { access: { some: { userId: ctx.actor.id } } }] };
}

/**
 * Audit rows that describe private incidents `ctx` may not see (the incident's own rows and its
 * tasks'), as a filter to exclude; null when there are none.
 */
export async function hiddenIncidentAuditFilter(ctx: OrgContext): Promise<Prisma.AuditLogWhereInput | null> {
  if (ctx.actor.type === "system") return null;
  const hidden = await db.incident.findMany({
    where: { orgId: ctx.org.id, private: true, NOT: visibleIncidents(ctx) },
    select: { id: true, tasks: { select: { id: true } } },
  });
  if (hidden.length === 0) return null;
  return {
    OR: [
      { entityType: "incident", entityId: { in: hidden.map((i) => i.id) } },
      { entityType: "incident_task", entityId: { in: hidden.flatMap((i) => i.tasks.map((t) => t.id)) } },
    ],
  };
}
