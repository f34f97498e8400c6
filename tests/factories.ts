import { randomBytes } from "node:crypto";
import type { OrgContext } from "@/lib/access/context";
import type { Role } from "@/lib/auth/core/roles";
import { db } from "@/lib/db";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

/** An organization with one member of each given role; returns each member's context. */
export async function orgWithMembers(roles: Role[] = ["owner", "admin", "responder", "viewer"]) {
  const slug = unique("org");
  const org = await db.organization.create({
    data: { slug, name: `Org ${slug}` },
    select: { id: true, slug: true, name: true },
  });
  const members = {} as Record<Role, { ctx: OrgContext; userId: string; membershipId: string; email: string }>;
  for (const role of roles) {
    const email = `${unique(role)}@example.test`;
    const user = await db.user.create({ data: { email, name: `${role} of ${slug}` } });
    const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role } });
    members[role] = {
      ctx: { org, actor: { type: "user", id: user.id, label: email, role } },
      userId: user.id,
      membershipId: membership.id,
      email,
    };
  }
  return { org, members };
}
