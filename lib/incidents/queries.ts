import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";

/**
 * Private incidents are visible only to the members named on them (issue 4 adds the list);
 * until then they are left out of every listing.
 */
export async function listIncidents(ctx: OrgContext, filter: { open?: boolean; limit?: number } = {}) {
  authorize(ctx, "org:read");
  return db.incident.findMany({
    where: { orgId: ctx.org.id, private: false, ...(filter.open ? { status: { not: "resolved" as const } } : {}) },
    select: {
      id: true, number: true, title: true, severity: true, status: true, startedAt: true, resolvedAt: true,
      services: { select: { service: { select: { slug: true, name: true } } } },
    },
    orderBy: { startedAt: "desc" },
    take: filter.limit ?? 100,
  });
}
