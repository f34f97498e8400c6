import { describe, expect, it } from "vitest";
import { tokenOrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { createService, getServiceBySlug, listServices } from "@/lib/services/catalog";
import { createApiToken, revokeApiToken } from "@/lib/tokens/service";
import { orgWithMembers, unique } from "@/tests/factories";

const serviceInput = (slug = unique("svc")) => ({
  name: "Checkout",
  slug,
  description: "",
  team: "Payments",
  tier: 1,
  links: {},
});

describe("data-access layer: permissions", () => {
  it("lets admins create services and refuses viewers and responders with 403", async () => {
    const { members } = await orgWithMembers();
    const created = await createService(members.admin.ctx, serviceInput());
    expect(created.team).toBe("Payments");
    await expect(createService(members.viewer.ctx, serviceInput())).rejects.toMatchObject({
      status: 403,
      code: "forbidden",
    });
    await expect(createService(members.responder.ctx, serviceInput())).rejects.toMatchObject({ status: 403 });
    expect(await listServices(members.viewer.ctx)).toHaveLength(1);
  });

  it("records the change and the audit entry in one transaction", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const service = await createService(members.admin.ctx, serviceInput());
    const audit = await db.auditLog.findMany({ where: { orgId: org.id, entityId: service.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "service.created", actorType: "user", actorLabel: members.admin.email });
    expect((audit[0]!.after as { slug: string }).slug).toBe(service.slug);
  });

  it("answers 409 for a duplicate slug", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const input = serviceInput();
    await createService(members.admin.ctx, input);
    await expect(createService(members.admin.ctx, input)).rejects.toMatchObject({ status: 409 });
  });
});

describe("data-access layer: tenancy", () => {
  it("never shows one organization's records to another: not found, not forbidden", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["owner"]);
    const service = await createService(a.members.admin.ctx, serviceInput());
    await expect(getServiceBySlug(b.members.owner.ctx, service.slug)).rejects.toMatchObject({ status: 404 });
    expect(await listServices(b.members.owner.ctx)).toHaveLength(0);
  });

  it("scopes a token to its own organization", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["admin"]);
    const service = await createService(b.members.admin.ctx, serviceInput());
    const { secret } = await createApiToken(a.members.admin.ctx, { name: "ci", scopes: ["read"] });
    const ctx = await tokenOrgContext(`Bearer ${secret}`);
    expect(ctx.org.id).toBe(a.org.id);
    await expect(getServiceBySlug(ctx, service.slug)).rejects.toMatchObject({ status: 404 });
  });
});

describe("API tokens", () => {
  it("stores only a hash, checks scopes, records last use, and stops working when revoked", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { secret, token } = await createApiToken(members.admin.ctx, { name: "deploys", scopes: ["read"] });
    expect(secret).toMatch(/^vgl_/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const ctx = await tokenOrgContext(`Bearer ${secret}`);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
    await expect(createService(ctx, serviceInput())).rejects.toMatchObject({ status: 403 });

    await revokeApiToken(members.admin.ctx, token.id);
    await expect(tokenOrgContext(`Bearer ${secret}`)).rejects.toMatchObject({ status: 401 });
  });

  it("refuses expired, malformed and unknown tokens with 401", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { secret, token } = await createApiToken(members.admin.ctx, {
      name: "old",
      scopes: ["read"],
      expiresInDays: 1,
    });
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(tokenOrgContext(`Bearer ${secret}`)).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining("expired"),
    });
    await expect(tokenOrgContext(null)).rejects.toMatchObject({ status: 401 });
    await expect(tokenOrgContext("Bearer vgl_nope")).rejects.toMatchObject({ status: 401 });
    await expect(tokenOrgContext("Basic abc")).rejects.toMatchObject({ status: 401 });
  });

  it("does not let tokens be managed by responders", async () => {
    const { members } = await orgWithMembers(["responder"]);
    await expect(createApiToken(members.responder.ctx, { name: "x", scopes: ["read"] })).rejects.toMatchObject({
      status: 403,
    });
  });
});
