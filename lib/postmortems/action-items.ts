import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, validationFailed } from "@/lib/errors";
import { httpUrl } from "@/lib/core/http-url";
import { publishChange } from "@/lib/realtime/changes";
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  type PostmortemStatus,
} from "./core/constants";
import { lockPostmortem, visiblePostmortems } from "./load";
import { isItemOverdue, statusAfterItemChange } from "./core/workflow";

const trackerUrl = httpUrl("The tracker link is an http(s) URL, like https://tracker.example.com/OPS-12.");
const dueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "The due date is a day: YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "That day does not exist.");

export const createActionItemSchema = z.strictObject({
  title: z.string().trim().min(1, "Say what will be done.").max(300),
  type: z.enum(ACTION_ITEM_TYPES, { error: "The type is mitigate, prevent or process." }),
  priority: z.enum(ACTION_ITEM_PRIORITIES, { error: "The priority is high, medium or low." }),
  ownerId: z.string().min(1).nullable().optional(),
  serviceId: z.string().min(1).nullable().optional(),
  team: z.string().trim().max(100).optional(),
  dueDate: dueDate.nullable().optional(),
  trackerUrl: trackerUrl.nullable().optional(),
});

export const updateActionItemSchema = createActionItemSchema.partial().extend({
  version: z.number().int().min(1, "version is the item's version you saw."),
  status: z.enum(ACTION_ITEM_STATUSES, { error: "The status is open, in_progress or done." }).optional(),
});

async function checkRefs(
  tx: Tx,
  ctx: OrgContext,
  incident: { id: string; private: boolean },
  ownerId: string | null | undefined,
  serviceId: string | null | undefined,
) {
  if (ownerId) {
    const member = await tx.membership.findFirst({
      where: { orgId: ctx.org.id, userId: ownerId },
      select: { userId: true },
    });
    if (!member) throw validationFailed("The owner must be a member of this organization.");
    if (
      incident.private &&
      !(await tx.incidentAccess.findUnique({
        where: { incidentId_userId: { incidentId: incident.id, userId: ownerId } },
      }))
    ) {
      throw validationFailed("The owner of an item on a private incident must be on its access list.");
    }
  }
  if (serviceId) {
    const service = await tx.service.findFirst({ where: { orgId: ctx.org.id, id: serviceId }, select: { team: true } });
    if (!service) throw validationFailed("That service was not found in this organization.");
    return service;
  }
  return null;
}

/** Closes or reopens the post-mortem as its items get done or undone. */
async function settleStatus(tx: Tx, ctx: OrgContext, pm: { id: string; status: string }) {
  const items = await tx.postmortemActionItem.findMany({
    where: { postmortemId: pm.id },
    select: { priority: true, status: true },
  });
  const next = statusAfterItemChange(pm.status as PostmortemStatus, items);
  if (next === pm.status) return;
  await tx.postmortem.update({
    where: { id: pm.id },
    data: { status: next, closedAt: next === "closed" ? new Date() : null },
  });
  await recordAudit(tx, ctx, {
    action: next === "closed" ? "postmortem.closed" : "postmortem.reopened",
    entityType: "postmortem",
    entityId: pm.id,
    before: { status: pm.status },
    after: { status: next },
  });
}

/** Action items can be added and tracked at any stage, published post-mortems included. */
export async function createActionItem(
  ctx: OrgContext,
  postmortemId: string,
  input: z.input<typeof createActionItemSchema>,
) {
  authorize(ctx, "incidents:write");
  const data = createActionItemSchema.parse(input);
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, postmortemId);
    const service = await checkRefs(tx, ctx, pm.incident, data.ownerId, data.serviceId);
    const item = await tx.postmortemActionItem.create({
      data: {
        orgId: ctx.org.id,
        postmortemId: pm.id,
        title: data.title,
        type: data.type,
        priority: data.priority,
        ownerId: data.ownerId ?? null,
        serviceId: data.serviceId ?? null,
        team: data.team || service?.team || "",
        dueDate: data.dueDate ? new Date(`${data.dueDate}T00:00:00Z`) : null,
        trackerUrl: data.trackerUrl ?? null,
      },
    });
    await settleStatus(tx, ctx, pm);
    await recordAudit(tx, ctx, {
      action: "postmortem.action_item_created",
      entityType: "postmortem_action_item",
      entityId: item.id,
      after: item,
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "postmortem", id: pm.id, kind: "action_item.created" });
    return item;
  });
}

/** Changes an item at the version the editor saw (409 with the item as it is now otherwise). */
export async function updateActionItem(
  ctx: OrgContext,
  postmortemId: string,
  itemId: string,
  input: z.input<typeof updateActionItemSchema>,
) {
  authorize(ctx, "incidents:write");
  const { version, ...data } = updateActionItemSchema.parse(input);
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, postmortemId);
    const before = await tx.postmortemActionItem.findFirst({
      where: { id: itemId, postmortemId: pm.id, orgId: ctx.org.id },
    });
    if (!before) throw notFound("Action item");
    if (before.version !== version)
      throw conflict(
        `Someone changed this action item meanwhile (you saw version ${version}, it is now ${before.version}).`,
        { current: before },
      );
    const service = await checkRefs(tx, ctx, pm.incident, data.ownerId, data.serviceId);
    const after = await tx.postmortemActionItem.update({
      where: { id: before.id },
      data: {
        ...(data.title !== undefined ? { title: data.title } : {}),
        ...(data.type !== undefined ? { type: data.type } : {}),
        ...(data.priority !== undefined ? { priority: data.priority } : {}),
        ...(data.ownerId !== undefined ? { ownerId: data.ownerId } : {}),
        ...(data.serviceId !== undefined
          ? { serviceId: data.serviceId, ...(data.team === undefined && service ? { team: service.team } : {}) }
          : {}),
        ...(data.team !== undefined ? { team: data.team } : {}),
        ...(data.dueDate !== undefined ? { dueDate: data.dueDate ? new Date(`${data.dueDate}T00:00:00Z`) : null } : {}),
        ...(data.trackerUrl !== undefined ? { trackerUrl: data.trackerUrl } : {}),
        ...(data.status !== undefined
          ? { status: data.status, completedAt: data.status === "done" ? (before.completedAt ?? new Date()) : null }
          : {}),
        version: { increment: 1 },
      },
    });
    await settleStatus(tx, ctx, pm);
    await recordAudit(tx, ctx, {
      action: "postmortem.action_item_updated",
      entityType: "postmortem_action_item",
      entityId: before.id,
      before,
      after,
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "postmortem", id: pm.id, kind: "action_item.updated" });
    return after;
  });
}

export const actionItemFilterSchema = z.object({
  state: z.enum(["open", "overdue", "all"]).default("open"),
  team: z.string().max(100).optional(),
  service: z.string().max(100).optional(),
});

/**
 * Action items across incidents (those `ctx` may see), grouped by team and then service, for
 * the follow-up view. "open" is everything not done; "overdue" is open past its due day.
 */
export async function listActionItems(
  ctx: OrgContext,
  filter: z.input<typeof actionItemFilterSchema> = {},
  now = new Date(),
) {
  authorize(ctx, "org:read");
  const f = actionItemFilterSchema.parse(filter);
  const items = await db.postmortemActionItem.findMany({
    where: {
      orgId: ctx.org.id,
      postmortem: visiblePostmortems(ctx),
      ...(f.state === "all" ? {} : { status: { not: "done" as const } }),
      ...(f.state === "overdue" ? { dueDate: { lt: new Date(now.toISOString().slice(0, 10) + "T00:00:00Z") } } : {}),
      ...(f.team ? { team: f.team } : {}),
      ...(f.service ? { service: { slug: f.service, orgId: ctx.org.id } } : {}),
    },
    include: {
      owner: { select: { id: true, name: true } },
      service: { select: { id: true, slug: true, name: true } },
      postmortem: {
        select: { id: true, title: true, status: true, incident: { select: { number: true, severity: true } } },
      },
    },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 1000,
  });
  const rows = items.map((i) => ({
    ...i,
    overdue: isItemOverdue(i, now),
    dueDate: i.dueDate ? i.dueDate.toISOString().slice(0, 10) : null,
  }));
  const groups = new Map<string, { team: string; service: string; items: typeof rows }>();
  for (const row of rows) {
    const team = row.team || "(no team)";
    const service = row.service?.name ?? "(no service)";
    const key = `${team}\u0000${service}`;
    const group = groups.get(key) ?? { team, service, items: [] };
    group.items.push(row);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.team.localeCompare(b.team) || a.service.localeCompare(b.service),
  );
  return {
    total: rows.length,
    overdue: rows.filter((r) => r.overdue).length,
    groups: sorted.map((g) => ({ ...g, overdue: g.items.filter((i) => i.overdue).length })),
  };
}
