import "server-only";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound, unauthorized } from "@/lib/errors";
import type { OrgContext } from "./context";

/** The signed-in member's context in the organization `slug`; a non-member gets "not found". */
export const userOrgContext = cache(async (slug: string): Promise<OrgContext> => {
  const user = await currentUser();
  if (!user) throw unauthorized("Sign in to continue.");
  const membership = await db.membership.findFirst({
    where: { userId: user.id, org: { slug } },
    select: { role: true, org: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership) throw notFound("Organization");
  return { org: membership.org, actor: { type: "user", id: user.id, label: user.email, role: membership.role } };
});

/** Organizations the signed-in user belongs to, for the switcher. */
export async function myOrganizations(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, org: { select: { slug: true, name: true } } },
    orderBy: { org: { name: "asc" } },
  });
  return memberships.map((m) => ({ ...m.org, role: m.role }));
}
