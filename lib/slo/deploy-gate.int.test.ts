import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as gateRoute } from "@/app/api/v1/services/[slug]/deploy-gate/route";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { createApiToken } from "@/lib/tokens/service";
import { orgWithMembers, unique } from "@/tests/factories";
import { deployGate, grantDeployGateException } from "./deploy-gate";
import { createSli, createSliSchema, ingestSliPoints } from "./slis";
import { createSlo, createSloSchema } from "./slos";

const MIN = 60_000;

describe("deploy gate", () => {
  it("answers 423 with the blocking SLO while the budget is spent, 200 under an audited exception", async () => {
    const { org, members } = await orgWithMembers(["admin", "viewer"]);
    const admin = members.admin.ctx;
    const service = await createService(admin, {
      name: "API",
      slug: unique("svc"),
      description: "",
      team: "",
      tier: 1,
      links: {},
    });
    const sli = await createSli(admin, createSliSchema.parse({ serviceId: service.id, name: unique("availability") }));
    const slo = await createSlo(admin, createSloSchema.parse({ sliId: sli.id, name: "api", target: "99" }));
    await createSlo(admin, createSloSchema.parse({ sliId: sli.id, name: "lenient", target: "90" }));
    const at = Math.floor(Date.now() / MIN) * MIN;
    await ingestSliPoints(admin, sli.id, [{ timestamp: new Date(at - 2 * MIN).toISOString(), good: 95, total: 100 }]);

    const read = (await createApiToken(admin, { name: "ci", scopes: ["read"] })).secret;
    const res = await gateRoute(
      new NextRequest(`http://vigil.test/api/v1/services/${service.slug}/deploy-gate`, {
        headers: { authorization: `Bearer ${read}` },
      }),
      { params: Promise.resolve({ slug: service.slug }) },
    );
    expect(res.status).toBe(423);
    const body = (await res.json()) as {
      allowed: boolean;
      blockingSlos: { sloId: string; reason: string; remainingRatio: number; threshold: number }[];
    };
    expect(body.allowed).toBe(false);
    expect(body.blockingSlos).toHaveLength(1);
    expect(body.blockingSlos[0]).toMatchObject({ sloId: slo.id, threshold: 0 });
    expect(body.blockingSlos[0]?.remainingRatio).toBeLessThan(0);

    await expect(
      grantDeployGateException(members.viewer.ctx, service.slug, { reason: "hotfix", durationMinutes: 30 }),
    ).rejects.toMatchObject({ status: 403 });
    await grantDeployGateException(admin, service.slug, { reason: "ship the fix", durationMinutes: 30 }, at);
    expect(await deployGate(members.viewer.ctx, service.slug, at + MIN)).toMatchObject({
      allowed: true,
      exception: { reason: "ship the fix" },
    });
    expect(await deployGate(members.viewer.ctx, service.slug, at + 31 * MIN)).toMatchObject({ allowed: false });
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "deploy_gate.exception_granted" } })).toBe(1);

    const other = await orgWithMembers(["admin"]);
    await expect(deployGate(other.members.admin.ctx, service.slug)).rejects.toMatchObject({ status: 404 });
  });
});
