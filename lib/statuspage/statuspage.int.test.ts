import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { orgWithMembers, unique } from "@/tests/factories";
import {
  createComponent,
  createComponentGroup,
  createMaintenance,
  createStatusPage,
  postMaintenanceUpdate,
  setComponentOverride,
  updateComponent,
  updateStatusPage,
} from "./admin.test-helpers";
import { deleteComponentGroup, listComponents } from "./components";
import { PUBLIC_ID_PATTERN } from "./core/ids";
import { getMaintenance } from "./maintenance";
import { deleteStatusPage, getStatusPage, listStatusPages } from "./pages";

const pageInput = () => ({ name: "Acme status", slug: unique("acme") });
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe("status pages: admin data access", () => {
  it("lets admins create pages with 12-character ids, audited, and refuses responders and viewers", async () => {
    const { org, members } = await orgWithMembers(["admin", "responder", "viewer"]);
    const page = await createStatusPage(members.admin.ctx, { ...pageInput(), timeZone: "Europe/Paris" });
    expect(page.id).toMatch(PUBLIC_ID_PATTERN);
    expect(page).toMatchObject({ timeZone: "Europe/Paris", published: false });
    await expect(createStatusPage(members.responder.ctx, pageInput())).rejects.toMatchObject({ status: 403 });
    await expect(createStatusPage(members.viewer.ctx, pageInput())).rejects.toMatchObject({ status: 403 });
    expect(await listStatusPages(members.viewer.ctx)).toHaveLength(1);
    const audit = await db.auditLog.findMany({ where: { orgId: org.id, entityId: page.id } });
    expect(audit.map((a) => a.action)).toEqual(["statuspage.created"]);
  });

  it("keeps slugs and host names unique across organizations with a 409", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["admin"]);
    const host = `${unique("status")}.example.com`;
    const page = await createStatusPage(a.members.admin.ctx, { ...pageInput(), hostName: host });
    await expect(createStatusPage(b.members.admin.ctx, { name: "Other", slug: page.slug })).rejects.toMatchObject({
      status: 409,
    });
    await expect(createStatusPage(b.members.admin.ctx, { ...pageInput(), hostName: host })).rejects.toMatchObject({
      status: 409,
    });
    // Saving a page with its own slug and host is not a clash.
    await expect(
      updateStatusPage(a.members.admin.ctx, page.id, { slug: page.slug, hostName: host, published: true }),
    ).resolves.toMatchObject({ published: true });
  });

  it("answers another organization's page, component and maintenance with 404", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["owner"]);
    const page = await createStatusPage(a.members.admin.ctx, pageInput());
    const component = await createComponent(a.members.admin.ctx, page.id, { name: "API" });
    const maintenance = await createMaintenance(a.members.admin.ctx, page.id, {
      name: "Upgrade",
      scheduledFor: hours(1),
      scheduledUntil: hours(2),
      body: "Upgrade.",
      componentIds: [component.id],
    });
    const other = b.members.owner.ctx;
    await expect(getStatusPage(other, page.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateStatusPage(other, page.id, { name: "Mine" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteStatusPage(other, page.id)).rejects.toMatchObject({ status: 404 });
    await expect(createComponent(other, page.id, { name: "X" })).rejects.toMatchObject({ status: 404 });
    await expect(updateComponent(other, component.id, { name: "X" })).rejects.toMatchObject({ status: 404 });
    await expect(setComponentOverride(other, component.id, "major_outage")).rejects.toMatchObject({ status: 404 });
    await expect(getMaintenance(other, maintenance.id)).rejects.toMatchObject({ status: 404 });
    await expect(postMaintenanceUpdate(other, maintenance.id, { body: "x" })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses groups, services and components of another page or organization as not found", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["admin"]);
    const page = await createStatusPage(a.members.admin.ctx, pageInput());
    const otherPage = await createStatusPage(a.members.admin.ctx, pageInput());
    const foreignGroup = await createComponentGroup(a.members.admin.ctx, otherPage.id, { name: "Elsewhere" });
    const foreignService = await createService(b.members.admin.ctx, {
      name: "Theirs",
      slug: unique("svc"),
      description: "",
      team: "",
      tier: 2,
      links: {},
    });
    const foreignComponent = await createComponent(a.members.admin.ctx, otherPage.id, { name: "Elsewhere" });
    await expect(
      createComponent(a.members.admin.ctx, page.id, { name: "API", groupId: foreignGroup.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      createComponent(a.members.admin.ctx, page.id, { name: "API", serviceId: foreignService.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      createMaintenance(a.members.admin.ctx, page.id, {
        name: "M",
        scheduledFor: hours(1),
        scheduledUntil: hours(2),
        body: "x",
        componentIds: [foreignComponent.id],
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("maps components to services in groups, and a group's deletion leaves its components ungrouped", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const ctx = members.admin.ctx;
    const service = await createService(ctx, {
      name: "API",
      slug: unique("svc"),
      description: "",
      team: "",
      tier: 1,
      links: {},
    });
    const page = await createStatusPage(ctx, pageInput());
    const group = await createComponentGroup(ctx, page.id, { name: "Core" });
    const component = await createComponent(ctx, page.id, {
      name: "Public API",
      serviceId: service.id,
      groupId: group.id,
      startDate: "2026-01-01",
    });
    expect(component).toMatchObject({
      serviceId: service.id,
      groupId: group.id,
      startDate: new Date("2026-01-01T00:00:00Z"),
    });
    await deleteComponentGroup(ctx, group.id);
    expect((await listComponents(ctx, page.id))[0]!.groupId).toBeNull();
  });

  it("lets a responder override a component's status and clear it, recording who and when", async () => {
    const { org, members } = await orgWithMembers(["admin", "responder", "viewer"]);
    const page = await createStatusPage(members.admin.ctx, pageInput());
    const component = await createComponent(members.admin.ctx, page.id, { name: "API" });
    const overridden = await setComponentOverride(members.responder.ctx, component.id, "partial_outage");
    expect(overridden).toMatchObject({ overrideStatus: "partial_outage", overrideById: members.responder.userId });
    expect(overridden.overrideAt).toBeInstanceOf(Date);
    await expect(setComponentOverride(members.viewer.ctx, component.id, null)).rejects.toMatchObject({ status: 403 });
    const cleared = await setComponentOverride(members.responder.ctx, component.id, null);
    expect(cleared).toMatchObject({ overrideStatus: null, overrideById: null, overrideAt: null });
    const actions = (
      await db.auditLog.findMany({ where: { orgId: org.id, entityId: component.id }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "statuspage.component_created",
      "statuspage.component_overridden",
      "statuspage.component_override_cleared",
    ]);
  });

  it("schedules maintenance, refuses verifying before the start, and completes early", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const page = await createStatusPage(members.admin.ctx, pageInput());
    const component = await createComponent(members.admin.ctx, page.id, { name: "DB" });
    const later = await createMaintenance(members.responder.ctx, page.id, {
      name: "Later",
      scheduledFor: hours(1),
      scheduledUntil: hours(2),
      body: "Soon.",
      componentIds: [component.id],
    });
    expect(later.updates[0]).toMatchObject({ status: "scheduled", body: "Soon." });
    expect(later.components.map((c) => c.component.id)).toEqual([component.id]);
    await expect(
      postMaintenanceUpdate(members.responder.ctx, later.id, { status: "verifying", body: "x" }),
    ).rejects.toMatchObject({ status: 400 });

    const now = await createMaintenance(members.responder.ctx, page.id, {
      name: "Now",
      scheduledFor: hours(-1),
      scheduledUntil: hours(1),
      body: "Under way.",
    });
    expect(now.updates[0]!.status).toBe("in_progress");
    expect(
      (await postMaintenanceUpdate(members.responder.ctx, now.id, { status: "verifying", body: "Checking." })).status,
    ).toBe("verifying");
    expect(
      (await postMaintenanceUpdate(members.responder.ctx, now.id, { status: "completed", body: "Done early." })).status,
    ).toBe("completed");
    const done = await getMaintenance(members.responder.ctx, now.id);
    expect(done.completedAt).toBeInstanceOf(Date);
    expect(done.updates.map((u) => u.status)).toEqual(["completed", "verifying", "in_progress"]);
    await expect(postMaintenanceUpdate(members.responder.ctx, now.id, { body: "Again" })).rejects.toMatchObject({
      status: 400,
    });
  });

  it("answers a 409 when two admins race for one slug", async () => {
    const a = await orgWithMembers(["admin"]);
    const b = await orgWithMembers(["admin"]);
    const slug = unique("race");
    const results = await Promise.allSettled([
      createStatusPage(a.members.admin.ctx, { name: "A", slug }),
      createStatusPage(b.members.admin.ctx, { name: "B", slug }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
  });

  it("deletes a page with its components and maintenance, audited", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const page = await createStatusPage(members.admin.ctx, pageInput());
    const component = await createComponent(members.admin.ctx, page.id, { name: "API" });
    await createMaintenance(members.admin.ctx, page.id, {
      name: "M",
      scheduledFor: hours(1),
      scheduledUntil: hours(2),
      body: "x",
      componentIds: [component.id],
    });
    await deleteStatusPage(members.admin.ctx, page.id);
    await expect(getStatusPage(members.admin.ctx, page.id)).rejects.toMatchObject({ status: 404 });
    expect(await db.statusComponent.count({ where: { pageId: page.id } })).toBe(0);
    expect(await db.scheduledMaintenance.count({ where: { pageId: page.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "statuspage.deleted", entityId: page.id } })).toBe(
      1,
    );
  });
});
