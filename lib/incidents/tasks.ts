import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, validationFailed } from "@/lib/errors";
import { loadIncident } from "./load";
import { appendTimelineEvent } from "./timeline";

export const createTaskSchema = z.object({
  title: z.string().trim().min(1, "Describe the task.").max(500),
  assigneeId: z.string().min(1).nullable().optional(),
});
export const updateTaskSchema = z.object({
  version: z.number().int().min(1, "Send the task's version you edited."),
  title: z.string().trim().min(1, "Describe the task.").max(500).optional(),
  assigneeId: z.string().min(1).nullable().optional(),
  done: z.boolean().optional(),
});

const taskFields = { id: true, title: true, assigneeId: true, doneAt: true, version: true, createdAt: true } as const;

async function checkAssignee(tx: Tx, ctx: OrgContext, assigneeId: string | null | undefined) {
  if (!assigneeId) return;
  const m = await tx.membership.findFirst({ where: { orgId: ctx.org.id, userId: assigneeId }, select: { id: true } });
  if (!m) throw validationFailed("The assignee is not a member of this organization.");
}

export async function createTask(ctx: OrgContext, ref: string, input: z.input<typeof createTaskSchema>) {
  authorize(ctx, "incidents:write");
  const data = createTaskSchema.parse(input);
  return db.$transaction(async (tx) => {
    const incident = await loadIncident(tx, ctx, ref);
    await checkAssignee(tx, ctx, data.assigneeId);
    const task = await tx.incidentTask.create({
      data: {
        incidentId: incident.id,
        title: data.title,
        assigneeId: data.assigneeId ?? null,
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
      },
      select: taskFields,
    });
    await appendTimelineEvent(tx, ctx, incident.id, {
      kind: "task.created",
      data: { taskId: task.id, title: task.title, assigneeId: task.assigneeId },
    });
    await recordAudit(tx, ctx, {
      action: "incident.task_created",
      entityType: "incident_task",
      entityId: task.id,
      after: task,
    });
    return task;
  });
}

/** Tasks carry their own version, so two people ticking and renaming one task don't overwrite each other. */
export async function updateTask(
  ctx: OrgContext,
  ref: string,
  taskId: string,
  input: z.input<typeof updateTaskSchema>,
) {
  authorize(ctx, "incidents:write");
  const data = updateTaskSchema.parse(input);
  return db.$transaction(async (tx) => {
    const incident = await loadIncident(tx, ctx, ref);
    const before = await tx.incidentTask.findFirst({
      where: { id: taskId, incidentId: incident.id },
      select: taskFields,
    });
    if (!before) throw notFound("Task");
    if (before.version !== data.version)
      throw conflict("Someone changed this task meanwhile. Review it and try again.", { current: before });
    await checkAssignee(tx, ctx, data.assigneeId);
    const doneAt = data.done === undefined ? undefined : data.done ? (before.doneAt ?? new Date()) : null;
    // The version is checked again by the write itself: two edits read the same version, only one may win.
    const written = await tx.incidentTask.updateMany({
      where: { id: before.id, version: data.version },
      data: {
        ...(data.title !== undefined ? { title: data.title } : {}),
        ...(data.assigneeId !== undefined ? { assigneeId: data.assigneeId } : {}),
        ...(doneAt !== undefined ? { doneAt } : {}),
        version: { increment: 1 },
      },
    });
    if (written.count === 0) {
      const current = await db.incidentTask.findUnique({ where: { id: before.id }, select: taskFields });
      throw conflict("Someone changed this task meanwhile. Review it and try again.", { current });
    }
    const task = await tx.incidentTask.findUniqueOrThrow({ where: { id: before.id }, select: taskFields });
    const kind =
      data.done === true && !before.doneAt
        ? "task.done"
        : data.done === false && before.doneAt
          ? "task.reopened"
          : "task.updated";
    await appendTimelineEvent(tx, ctx, incident.id, {
      kind,
      data: { taskId: task.id, title: task.title, assigneeId: task.assigneeId },
    });
    await recordAudit(tx, ctx, {
      action: "incident.task_updated",
      entityType: "incident_task",
      entityId: task.id,
      before,
      after: task,
    });
    return task;
  });
}
