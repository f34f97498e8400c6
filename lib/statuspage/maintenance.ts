import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { newPublicId } from "./core/ids";
import { maintenanceStatus } from "./core/maintenance";
import { queueStatusEvent } from "./notify-queue";
import { getStatusPage, statusPageChanged } from "./pages";
import type { CreateMaintenanceInput, MaintenanceUpdateInput } from "./core/schemas";

const maintenanceInclude = {
  components: { select: { component: { select: { id: true, name: true } } } },
  updates: { orderBy: { displayAt: "desc" as const } },
} as const;

export async function listMaintenances(ctx: OrgContext, pageId: string) {
  const page = await getStatusPage(ctx, pageId);
  return db.scheduledMaintenance.findMany({
    where: { orgId: ctx.org.id, pageId: page.id },
    include: maintenanceInclude,
    orderBy: { scheduledFor: "desc" },
  });
}

export async function getMaintenance(ctx: OrgContext, maintenanceId: string) {
  authorize(ctx, "org:read");
  const maintenance = await db.scheduledMaintenance.findFirst({
    where: { id: maintenanceId, orgId: ctx.org.id },
    include: maintenanceInclude,
  });
  if (!maintenance) throw notFound("Scheduled maintenance");
  return maintenance;
}

/** Schedules a window on a page's components; it starts and ends by the clock (maintenance.ts). */
export async function createMaintenance(ctx: OrgContext, pageId: string, data: CreateMaintenanceInput) {
  authorize(ctx, "incidents:write");
  const page = await getStatusPage(ctx, pageId);
  const componentIds = [...new Set(data.componentIds)];
  const found = await db.statusComponent.count({
    where: { id: { in: componentIds }, orgId: ctx.org.id, pageId: page.id },
  });
  if (found !== componentIds.length) throw notFound("Status component");
  const now = new Date();
  return db.$transaction(async (tx) => {
    const maintenance = await tx.scheduledMaintenance.create({
      data: {
        id: newPublicId(),
        orgId: ctx.org.id,
        pageId: page.id,
        name: data.name,
        scheduledFor: data.scheduledFor,
        scheduledUntil: data.scheduledUntil,
        createdById: ctx.actor.id,
        components: { create: componentIds.map((componentId) => ({ componentId })) },
        updates: {
          create: {
            id: newPublicId(),
            status: maintenanceStatus(data, now),
            body: data.body,
            authorId: ctx.actor.id,
            displayAt: now,
          },
        },
      },
      include: maintenanceInclude,
    });
    await recordAudit(tx, ctx, {
      action: "statuspage.maintenance_scheduled",
      entityType: "scheduled_maintenance",
      entityId: maintenance.id,
      after: {
        name: maintenance.name,
        scheduledFor: maintenance.scheduledFor,
        scheduledUntil: maintenance.scheduledUntil,
        componentIds,
      },
    });
    await statusPageChanged(tx, ctx, page.id, "maintenance.scheduled");
    // Subscribers hear of it now, and again when it starts and ends by the clock.
    const event = { kind: "maintenance", orgId: ctx.org.id, maintenanceId: maintenance.id } as const;
    await queueStatusEvent(tx, { ...event, reason: "scheduled" });
    if (maintenance.scheduledFor > now)
      await queueStatusEvent(
        tx,
        { ...event, reason: "started", at: maintenance.scheduledFor.toISOString() },
        maintenance.scheduledFor,
      );
    await queueStatusEvent(
      tx,
      { ...event, reason: "completed", at: maintenance.scheduledUntil.toISOString() },
      maintenance.scheduledUntil,
    );
    return maintenance;
  });
}

/** Posts an update; "verifying" and "completed" (early) are recorded as manual steps. */
export async function postMaintenanceUpdate(ctx: OrgContext, maintenanceId: string, data: MaintenanceUpdateInput) {
  authorize(ctx, "incidents:write");
  const before = await getMaintenance(ctx, maintenanceId);
  const now = new Date();
  const current = maintenanceStatus(before, now);
  if (current === "completed") throw badRequest("This maintenance is completed; schedule a new one instead.");
  if (data.status === "verifying" && current === "scheduled")
    throw badRequest("A maintenance can be verified only once it has started.");
  return db.$transaction(async (tx) => {
    const steps =
      data.status === "completed" ? { completedAt: now } : data.status === "verifying" ? { verifyingAt: now } : {};
    await tx.scheduledMaintenance.update({ where: { id: before.id, orgId: ctx.org.id }, data: steps });
    const after = { ...before, ...steps };
    const update = await tx.maintenanceUpdate.create({
      data: {
        id: newPublicId(),
        maintenanceId: before.id,
        status: maintenanceStatus(after, now),
        body: data.body,
        authorId: ctx.actor.id,
        displayAt: now,
      },
    });
    await recordAudit(tx, ctx, {
      action: "statuspage.maintenance_updated",
      entityType: "scheduled_maintenance",
      entityId: before.id,
      before: { status: current },
      after: { status: update.status, updateId: update.id },
    });
    await statusPageChanged(tx, ctx, before.pageId, "maintenance.updated");
    await queueStatusEvent(tx, {
      kind: "maintenance",
      orgId: ctx.org.id,
      maintenanceId: before.id,
      reason: "updated",
      updateId: update.id,
    });
    return update;
  });
}
