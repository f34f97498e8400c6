import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSli } from "@/lib/slo/slis";
import { orgWithMembers } from "@/tests/factories";
import { createService, deleteService, getServiceBySlug, updateService } from "./catalog";

const svc = (slug: string, dependsOn: string[] = []) => ({ name: slug.toUpperCase(), slug, dependsOn });

describe("the service catalog", () => {
  it("keeps dependencies both ways, replaces them on update and refuses cycles", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const ctx = members.admin.ctx;
    await createService(ctx, svc("db"));
    await createService(ctx, svc("api", ["db"]));
    const web = await createService(ctx, {
      ...svc("web", ["api"]),
      links: { runbook: "https://runbooks.example.com/web" },
    });
    expect(web).toMatchObject({
      dependsOn: ["api"],
      dependents: [],
      links: { runbook: "https://runbooks.example.com/web" },
    });
    expect((await getServiceBySlug(ctx, "api")).dependents).toEqual(["web"]);

    await expect(updateService(ctx, "db", { dependsOn: ["web"] })).rejects.toMatchObject({
      status: 422,
      message: "That would make a dependency cycle: db → web → api → db.",
    });
    await expect(updateService(ctx, "api", { dependsOn: ["api"] })).rejects.toMatchObject({ status: 422 });
    await expect(updateService(ctx, "api", { dependsOn: ["nope"] })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('"nope"'),
    });

    const renamed = await updateService(ctx, "web", { slug: "storefront", tier: 1, dependsOn: ["db"] });
    expect(renamed).toMatchObject({ slug: "storefront", tier: 1, dependsOn: ["db"] });
    expect((await getServiceBySlug(ctx, "api")).dependents).toEqual([]);
    await expect(updateService(ctx, "storefront", { slug: "api" })).rejects.toMatchObject({ status: 409 });
    const audit = await db.auditLog.findMany({ where: { entityId: web.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["service.created", "service.updated"]);
  });

  it("refuses to delete a service its SLIs measure, deletes it otherwise", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const ctx = members.admin.ctx;
    const measured = await createService(ctx, svc("checkout"));
    await createService(ctx, svc("legacy", ["checkout"]));
    await createSli(ctx, { serviceId: measured.id, name: "Success", description: "", kind: "ratio", source: "push" });
    await expect(deleteService(ctx, "checkout")).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("1 SLI"),
    });
    await expect(deleteService(members.responder.ctx, "legacy")).rejects.toMatchObject({ status: 403 });
    await deleteService(ctx, "legacy");
    await expect(getServiceBySlug(ctx, "legacy")).rejects.toMatchObject({ status: 404 });
    expect((await getServiceBySlug(ctx, "checkout")).dependents).toEqual([]);
  });

  it("never reads or changes another organization's services", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["admin"]);
    await createService(a.members.admin.ctx, svc("payments"));
    await createService(b.members.admin.ctx, svc("cart"));
    await expect(getServiceBySlug(b.members.admin.ctx, "payments")).rejects.toMatchObject({ status: 404 });
    await expect(updateService(b.members.admin.ctx, "payments", { name: "Mine now" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(updateService(b.members.admin.ctx, "cart", { dependsOn: ["payments"] })).rejects.toMatchObject({
      status: 422,
    });
    await expect(deleteService(b.members.admin.ctx, "payments")).rejects.toMatchObject({ status: 404 });
  });
});
