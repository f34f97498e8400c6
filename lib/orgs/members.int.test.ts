import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  describeInvite,
  registerWithInvite,
  removeMember,
} from "@/lib/orgs/service";
import { orgWithMembers, unique } from "@/tests/factories";

describe("invites", () => {
  it("lets an admin invite by link and the invitee join with the invited role", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const { secret } = await createInvite(members.admin.ctx, { role: "responder" });
    expect(await describeInvite(secret)).toMatchObject({ role: "responder", org: { slug: org.slug } });
    const email = `${unique("new")}@example.test`;
    await registerWithInvite(secret, { name: "New Person", email, password: "correct horse battery" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const membership = await db.membership.findUniqueOrThrow({
      where: { userId_orgId: { userId: user.id, orgId: org.id } },
    });
    expect(membership.role).toBe("responder");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(describeInvite(secret)).rejects.toMatchObject({ status: 409 });
  });

  it("refuses an expired invite, an invite for another address, and owners invited by admins", async () => {
    const { members } = await orgWithMembers(["owner", "admin", "viewer"]);
    const { secret, invite } = await createInvite(members.admin.ctx, { role: "viewer", email: "someone@example.test" });
    const other = { id: members.viewer.userId, email: members.viewer.email, name: "v" };
    await expect(acceptInvite(other, secret)).rejects.toMatchObject({ status: 403 });
    await db.invite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(describeInvite(secret)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("expired"),
    });
    await expect(createInvite(members.admin.ctx, { role: "owner" })).rejects.toMatchObject({ status: 403 });
    await expect(createInvite(members.viewer.ctx, { role: "viewer" })).rejects.toMatchObject({ status: 403 });
    const ownerInvite = await createInvite(members.owner.ctx, { role: "owner" });
    expect(ownerInvite.secret).toBeTruthy();
  });
});

describe("roles", () => {
  it("lets admins change roles below owner, keeps the last owner, and audits each change", async () => {
    const { org, members } = await orgWithMembers(["owner", "admin", "viewer"]);
    await changeMemberRole(members.admin.ctx, members.viewer.membershipId, "responder");
    expect((await db.membership.findUniqueOrThrow({ where: { id: members.viewer.membershipId } })).role).toBe(
      "responder",
    );
    await expect(changeMemberRole(members.admin.ctx, members.owner.membershipId, "viewer")).rejects.toMatchObject({
      status: 403,
    });
    await expect(changeMemberRole(members.owner.ctx, members.owner.membershipId, "admin")).rejects.toMatchObject({
      status: 409,
    });
    await expect(removeMember(members.owner.ctx, members.owner.membershipId)).rejects.toMatchObject({ status: 409 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.id, action: "membership.role_changed" } });
    expect(audit.before).toMatchObject({ role: "viewer" });
    expect(audit.after).toMatchObject({ role: "responder" });
  });

  it("does not reach members of another organization", async () => {
    const a = await orgWithMembers(["owner"]);
    const b = await orgWithMembers(["viewer"]);
    await expect(changeMemberRole(a.members.owner.ctx, b.members.viewer.membershipId, "admin")).rejects.toMatchObject({
      status: 404,
    });
  });
});
