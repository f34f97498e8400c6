import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { orgWithMembers } from "@/tests/factories";
import {
  createInboundIntegration,
  integrationForDelivery,
  listInboundIntegrations,
  purgeInboundDeliveries,
  revokeInboundIntegration,
} from "./integrations";

describe("inbound integrations", () => {
  it("shows the secret once, audits, and refuses deliveries once revoked", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const { integration, secret } = await createInboundIntegration(members.admin.ctx, { name: "grafana" });
    expect(secret).toMatch(/^whsec_/);
    const listed = await listInboundIntegrations(members.admin.ctx);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await integrationForDelivery(integration.id)).org.id).toBe(org.id);

    await revokeInboundIntegration(members.admin.ctx, integration.id);
    await expect(integrationForDelivery(integration.id)).rejects.toMatchObject({ status: 404 });
    const audit = await db.auditLog.findMany({
      where: { orgId: org.id, entityId: integration.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["inbound_integration.created", "inbound_integration.revoked"]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(secret);
  });

  it("is for admins only, and another organization's integration is not found", async () => {
    const a = await orgWithMembers(["admin", "responder"]);
    const b = await orgWithMembers(["admin"]);
    await expect(createInboundIntegration(a.members.responder.ctx, { name: "x" })).rejects.toMatchObject({
      status: 403,
    });
    const { integration } = await createInboundIntegration(a.members.admin.ctx, { name: "x" });
    await expect(revokeInboundIntegration(b.members.admin.ctx, integration.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe("purgeInboundDeliveries", () => {
  it("forgets message ids older than an hour and keeps recent ones", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { integration } = await createInboundIntegration(members.admin.ctx, { name: "x" });
    const now = new Date();
    await db.inboundDelivery.createMany({
      data: [
        { integrationId: integration.id, messageId: "old", receivedAt: new Date(now.getTime() - 61 * 60_000) },
        { integrationId: integration.id, messageId: "recent", receivedAt: new Date(now.getTime() - 10 * 60_000) },
      ],
    });
    expect(await purgeInboundDeliveries(now)).toBeGreaterThanOrEqual(1);
    const left = await db.inboundDelivery.findMany({ where: { integrationId: integration.id } });
    expect(left.map((d) => d.messageId)).toEqual(["recent"]);
  });
});
