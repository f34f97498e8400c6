import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { hiddenIncidentAuditFilter } from "@/lib/incidents/visibility";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(50).optional(),
  actor: z.string().trim().max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  before: z.coerce.bigint().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Newest first, keyset-paginated by id (`before`). */
export async function listAuditLog(ctx: OrgContext, filter: AuditFilter) {
  authorize(ctx, "audit:read");
  // Admins see the whole log except what private incidents they are not on would reveal.
  const hidden = await hiddenIncidentAuditFilter(ctx);
  const rows = await db.auditLog.findMany({
    where: {
      orgId: ctx.org.id,
      ...(hidden ? { NOT: hidden } : {}),
      ...(filter.action ? { action: { contains: filter.action, mode: "insensitive" as const } } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: "insensitive" as const } } : {}),
      ...(filter.from || filter.to
        ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } }
        : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  return { entries: page, nextBefore: rows.length > filter.limit ? (page[page.length - 1]?.id ?? null) : null };
}
