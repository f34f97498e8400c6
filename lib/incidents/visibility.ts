import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgContext } from "@/lib/access/context";

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
