import "server-only";
import { addDays } from "date-fns";
import { z } from "zod";
import { authorize, type Actor, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { canAssignRole, ROLES, type Role } from "@/lib/auth/core/roles";
import { generateSecret, hashSecret } from "@/lib/auth/core/secrets";
import { hashPassword, passwordProblem } from "@/lib/auth/core/password";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { conflict, forbidden, notFound, validationFailed } from "@/lib/errors";

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters.")
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes, e.g. acme-sre.");

const RESERVED_SLUGS = new Set([
  "api",
  "signin",
  "signup",
  "invite",
  "status",
  "orgs",
  "metrics",
  "setup",
  "_next",
  "settings",
]);

export const createOrgSchema = z.object({
  name: z.string().trim().min(1, "Give the organization a name.").max(100),
  slug: slugSchema.refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved; choose another."),
});

export async function createOrganization(user: SessionUser, input: z.infer<typeof createOrgSchema>) {
  const existing = await db.organization.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (existing) throw conflict(`The address "${input.slug}" is taken; choose another.`);
  return db.$transaction(async (tx) => {
    const org = await tx.organization.create({
      data: { name: input.name, slug: input.slug },
      select: { id: true, slug: true, name: true },
    });
    await tx.membership.create({ data: { orgId: org.id, userId: user.id, role: "owner" } });
    const ctx: OrgContext = { org, actor: { type: "user", id: user.id, label: user.email, role: "owner" } };
    await recordAudit(tx, ctx, {
      action: "organization.created",
      entityType: "organization",
      entityId: org.id,
      after: org,
    });
    return org;
  });
}

export async function listMembers(ctx: OrgContext) {
  authorize(ctx, "org:read");
  return db.membership.findMany({
    where: { orgId: ctx.org.id },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
}

function actorRole(actor: Actor): Role {
  if (actor.type === "user") return actor.role;
  if (actor.type === "system") return "owner";
  throw forbidden("API tokens cannot manage members.");
}

export const inviteSchema = z.object({
  role: z.enum(ROLES),
  email: z
    .union([z.literal(""), z.string().trim().toLowerCase().email("Enter a valid email address, or leave it empty.")])
    .optional(),
});

/** Returns the secret invite token once; the link is /invite/<token>. */
export async function createInvite(ctx: OrgContext, input: z.infer<typeof inviteSchema>) {
  authorize(ctx, "members:manage");
  if (!canAssignRole(actorRole(ctx.actor), null, input.role)) throw forbidden("Only owners can invite owners.");
  const secret = generateSecret();
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.invite.create({
      data: {
        orgId: ctx.org.id,
        role: input.role,
        email: input.email || null,
        tokenHash: hashSecret(secret),
        createdById: ctx.actor.id,
        expiresAt: addDays(new Date(), env().INVITE_TTL_DAYS),
      },
      select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, ctx, {
      action: "invite.created",
      entityType: "invite",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { invite, secret };
}

export async function listPendingInvites(ctx: OrgContext) {
  authorize(ctx, "members:manage");
  return db.invite.findMany({
    where: { orgId: ctx.org.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeInvite(ctx: OrgContext, inviteId: string) {
  authorize(ctx, "members:manage");
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.findFirst({
      where: { id: inviteId, orgId: ctx.org.id },
      select: { id: true, role: true, email: true, revokedAt: true },
    });
    if (!invite) throw notFound("Invite");
    await tx.invite.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, { action: "invite.revoked", entityType: "invite", entityId: invite.id, before: invite });
  });
}

async function usableInvite(tx: Tx, secret: string) {
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      role: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      org: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!invite || invite.revokedAt) throw notFound("Invite");
  if (invite.acceptedAt) throw conflict("This invite has already been used. Ask for a new one.");
  if (invite.expiresAt <= new Date()) throw conflict("This invite has expired. Ask for a new one.");
  return invite;
}

/** What the invite page shows before anyone signs in. */
export async function describeInvite(secret: string) {
  return db
    .$transaction((tx) => usableInvite(tx, secret))
    .then((i) => ({ org: { name: i.org.name, slug: i.org.slug }, role: i.role, email: i.email }));
}

export async function acceptInvite(user: SessionUser, secret: string) {
  return db.$transaction(async (tx) => {
    const invite = await usableInvite(tx, secret);
    if (invite.email && invite.email !== user.email.toLowerCase()) {
      throw forbidden(`This invite is for ${invite.email}. Sign in with that address to accept it.`);
    }
    const existing = await tx.membership.findUnique({
      where: { userId_orgId: { userId: user.id, orgId: invite.org.id } },
    });
    await tx.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date(), acceptedById: user.id } });
    if (!existing) await tx.membership.create({ data: { orgId: invite.org.id, userId: user.id, role: invite.role } });
    const ctx: OrgContext = {
      org: invite.org,
      actor: { type: "user", id: user.id, label: user.email, role: existing?.role ?? invite.role },
    };
    await recordAudit(tx, ctx, {
      action: "invite.accepted",
      entityType: "membership",
      entityId: user.id,
      after: { role: existing?.role ?? invite.role, email: user.email },
    });
    return invite.org;
  });
}

export const registerSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100),
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  password: z.string().superRefine((p, c) => {
    const problem = passwordProblem(p);
    if (problem) c.addIssue({ code: "custom", message: problem });
  }),
});

/** Creates an account for someone who holds an invite, and accepts it. */
export async function registerWithInvite(secret: string, input: z.infer<typeof registerSchema>) {
  await describeInvite(secret);
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw conflict("An account with this email exists: sign in, then open the invite link again.");
  const user = await db.user.create({
    data: { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) },
    select: { id: true, email: true, name: true },
  });
  return acceptInvite(user, secret);
}

async function assertNotLastOwner(tx: Tx, orgId: string, membership: { role: Role }) {
  if (membership.role !== "owner") return;
  const owners = await tx.membership.count({ where: { orgId, role: "owner" } });
  if (owners <= 1) throw conflict("An organization needs at least one owner: make someone else owner first.");
}

export async function changeMemberRole(ctx: OrgContext, membershipId: string, role: Role) {
  authorize(ctx, "members:manage");
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, orgId: ctx.org.id },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!member) throw notFound("Member");
    if (!canAssignRole(actorRole(ctx.actor), member.role, role))
      throw forbidden("You cannot give this role to this member; ask an owner.");
    if (member.role === role) return member;
    if (role !== "owner") await assertNotLastOwner(tx, ctx.org.id, member);
    const after = await tx.membership.update({
      where: { id: member.id },
      data: { role },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    await recordAudit(tx, ctx, {
      action: "membership.role_changed",
      entityType: "membership",
      entityId: member.id,
      before: member,
      after,
    });
    return after;
  });
}

export async function removeMember(ctx: OrgContext, membershipId: string) {
  authorize(ctx, "members:manage");
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, orgId: ctx.org.id },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!member) throw notFound("Member");
    if (!canAssignRole(actorRole(ctx.actor), member.role, "viewer")) throw forbidden("Only owners can remove owners.");
    await assertNotLastOwner(tx, ctx.org.id, member);
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, ctx, {
      action: "membership.removed",
      entityType: "membership",
      entityId: member.id,
      before: member,
    });
  });
}

export function validationError(error: z.ZodError) {
  return validationFailed(
    "Some fields need attention.",
    error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  );
}

export const renameOrgSchema = z.object({ name: z.string().trim().min(1, "Give the organization a name.").max(100) });

export async function renameOrganization(ctx: OrgContext, input: z.infer<typeof renameOrgSchema>) {
  authorize(ctx, "org:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: ctx.org.id }, select: { name: true } });
    const after = await tx.organization.update({
      where: { id: ctx.org.id },
      data: { name: input.name },
      select: { name: true },
    });
    await recordAudit(tx, ctx, {
      action: "organization.renamed",
      entityType: "organization",
      entityId: ctx.org.id,
      before,
      after,
    });
    return after;
  });
}
