import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { newPublicId } from "./core/ids";
import { getStatusPage, statusPageChanged } from "./pages";
import type { ComponentGroupInput, ComponentInput, ComponentOverrideInput, UpdateComponentInput } from "./core/schemas";

const groupFields = {
  id: true,
  pageId: true,
  name: true,
  description: true,
  position: true,
  createdAt: true,
  updatedAt: true,
} as const;
const componentFields = {
  id: true,
  pageId: true,
  groupId: true,
  serviceId: true,
  name: true,
  description: true,
  position: true,
  showcase: true,
  onlyShowIfDegraded: true,
  startDate: true,
  overrideStatus: true,
  overrideById: true,
  overrideAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function listComponentGroups(ctx: OrgContext, pageId: string) {
  const page = await getStatusPage(ctx, pageId);
  return db.statusComponentGroup.findMany({
    where: { orgId: ctx.org.id, pageId: page.id },
    select: groupFields,
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

export async function listComponents(ctx: OrgContext, pageId: string) {
  const page = await getStatusPage(ctx, pageId);
  return db.statusComponent.findMany({
    where: { orgId: ctx.org.id, pageId: page.id },
    select: componentFields,
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

async function getComponent(ctx: OrgContext, componentId: string) {
  authorize(ctx, "org:read");
  const component = await db.statusComponent.findFirst({
    where: { id: componentId, orgId: ctx.org.id },
    select: componentFields,
  });
  if (!component) throw notFound("Status component");
  return component;
}

// A group must be on the same page, a service in the same organization; otherwise "not found".
async function checkReferences(
  ctx: OrgContext,
  pageId: string,
  refs: { groupId?: string | null | undefined; serviceId?: string | null | undefined },
) {
  if (refs.groupId) {
    const group = await db.statusComponentGroup.findFirst({
      where: { id: refs.groupId, orgId: ctx.org.id, pageId },
      select: { id: true },
    });
    if (!group) throw notFound("Component group");
  }
  if (refs.serviceId) {
    const service = await db.service.findFirst({
      where: { id: refs.serviceId, orgId: ctx.org.id },
      select: { id: true },
    });
    if (!service) throw notFound("Service");
  }
}

export async function createComponentGroup(ctx: OrgContext, pageId: string, data: ComponentGroupInput) {
  authorize(ctx, "config:write");
  const page = await getStatusPage(ctx, pageId);
  return db.$transaction(async (tx) => {
    const group = await tx.statusComponentGroup.create({
      data: { ...data, id: newPublicId(), orgId: ctx.org.id, pageId: page.id },
      select: groupFields,
    });
    await recordAudit(tx, ctx, {
      action: "statuspage.group_created",
      entityType: "status_component_group",
      entityId: group.id,
      after: group,
    });
    await statusPageChanged(tx, ctx, page.id, "group.created");
    return group;
  });
}

export async function deleteComponentGroup(ctx: OrgContext, groupId: string) {
  authorize(ctx, "config:write");
  const before = await db.statusComponentGroup.findFirst({
    where: { id: groupId, orgId: ctx.org.id },
    select: groupFields,
  });
  if (!before) throw notFound("Component group");
  await db.$transaction(async (tx) => {
    await tx.statusComponentGroup.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: "statuspage.group_deleted",
      entityType: "status_component_group",
      entityId: before.id,
      before,
    });
    await statusPageChanged(tx, ctx, before.pageId, "group.deleted");
  });
}

export async function createComponent(ctx: OrgContext, pageId: string, data: ComponentInput) {
  authorize(ctx, "config:write");
  const page = await getStatusPage(ctx, pageId);
  await checkReferences(ctx, page.id, data);
  return db.$transaction(async (tx) => {
    const component = await tx.statusComponent.create({
      data: { ...data, id: newPublicId(), orgId: ctx.org.id, pageId: page.id },
      select: componentFields,
    });
    await recordAudit(tx, ctx, {
      action: "statuspage.component_created",
      entityType: "status_component",
      entityId: component.id,
      after: component,
    });
    await statusPageChanged(tx, ctx, page.id, "component.created");
    return component;
  });
}

export async function updateComponent(ctx: OrgContext, componentId: string, data: UpdateComponentInput) {
  authorize(ctx, "config:write");
  const before = await getComponent(ctx, componentId);
  await checkReferences(ctx, before.pageId, data);
  return db.$transaction(async (tx) => {
    const component = await tx.statusComponent.update({
      where: { id: before.id, orgId: ctx.org.id },
      data,
      select: componentFields,
    });
    await recordAudit(tx, ctx, {
      action: "statuspage.component_updated",
      entityType: "status_component",
      entityId: component.id,
      before,
      after: component,
    });
    await statusPageChanged(tx, ctx, component.pageId, "component.updated");
    return component;
  });
}

/** A responder's manual status, winning over the derived one; null hands it back to the incidents. */
export async function setComponentOverride(ctx: OrgContext, componentId: string, parsed: ComponentOverrideInput) {
  authorize(ctx, "incidents:write");
  const before = await getComponent(ctx, componentId);
  return db.$transaction(async (tx) => {
    const component = await tx.statusComponent.update({
      where: { id: before.id, orgId: ctx.org.id },
      data: parsed.status
        ? { overrideStatus: parsed.status, overrideById: ctx.actor.id, overrideAt: new Date() }
        : { overrideStatus: null, overrideById: null, overrideAt: null },
      select: componentFields,
    });
    await recordAudit(tx, ctx, {
      action: parsed.status ? "statuspage.component_overridden" : "statuspage.component_override_cleared",
      entityType: "status_component",
      entityId: component.id,
      before: { overrideStatus: before.overrideStatus },
      after: { overrideStatus: component.overrideStatus },
    });
    await statusPageChanged(tx, ctx, component.pageId, "component.status");
    return component;
  });
}

export async function deleteComponent(ctx: OrgContext, componentId: string) {
  authorize(ctx, "config:write");
  const before = await getComponent(ctx, componentId);
  await db.$transaction(async (tx) => {
    await tx.statusComponent.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: "statuspage.component_deleted",
      entityType: "status_component",
      entityId: before.id,
      before,
    });
    await statusPageChanged(tx, ctx, before.pageId, "component.deleted");
  });
}
