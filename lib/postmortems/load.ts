import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgContext } from "@/lib/access/context";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { visibleIncidents } from "@/lib/incidents/visibility";

/** Post-mortems `ctx` may see: those of the incidents it may see (private ones only for their members). */
export function visiblePostmortems(ctx: OrgContext): Prisma.PostmortemWhereInput {
  return { orgId: ctx.org.id, incident: visibleIncidents(ctx) };
}

/** Loads a post-mortem `ctx` may see, or 404 — for another organization's and for private ones alike. */
export async function loadPostmortem(tx: Tx, ctx: OrgContext, id: string) {
  const pm = await tx.postmortem.findFirst({
    where: { AND: [visiblePostmortems(ctx), { id }] },
    include: {
      incident: { select: { id: true, number: true, title: true, severity: true, private: true, resolvedAt: true } },
    },
  });
  if (!pm) throw notFound("Post-mortem");
  return pm;
}

/** The same, locking the row for the rest of the transaction: state changes queue behind each other. */
export async function lockPostmortem(tx: Tx, ctx: OrgContext, id: string) {
  const pm = await loadPostmortem(tx, ctx, id);
  await tx.$queryRaw`SELECT id FROM "Postmortem" WHERE id = ${pm.id} FOR UPDATE`;
  return tx.postmortem.findUniqueOrThrow({
    where: { id: pm.id },
    include: {
      incident: { select: { id: true, number: true, title: true, severity: true, private: true, resolvedAt: true } },
    },
  });
}

export const actorUserId = (ctx: OrgContext) => (ctx.actor.type === "user" ? ctx.actor.id : null);
