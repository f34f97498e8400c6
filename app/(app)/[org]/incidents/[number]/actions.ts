"use server";

import { z } from "zod";
import { isDomainError } from "@/lib/errors";
import { addNote, deleteNote, editNote, editNoteSchema, noteSchema, setKeyMoment } from "@/lib/incidents/notes";
import { changeRole, roleActionSchema } from "@/lib/incidents/role-assignments";
import { postStakeholderUpdate, stakeholderUpdateSchema } from "@/lib/incidents/stakeholder-updates";
import { createTask, createTaskSchema, updateTask } from "@/lib/incidents/tasks";
import { updateIncident, updateIncidentSchema } from "@/lib/incidents/update";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

/** A refused edit carries the incident as it stands, so the editor can decide. */
export type IncidentActionState = ActionState & { current?: Record<string, unknown> };

const fieldsSchema = updateIncidentSchema.extend({ version: z.coerce.number().int().min(1) });
const MOMENTS = ["startedAt", "detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt"] as const;
const opt = (v: FormDataEntryValue | null) => (v === null || v === "" ? undefined : String(v));

export async function updateIncidentAction(
  org: string,
  id: string,
  _prev: IncidentActionState,
  form: FormData,
): Promise<IncidentActionState> {
  let current: Record<string, unknown> | undefined;
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const { version, ...changes } = parseForm(fieldsSchema, {
      version: form.get("version"),
      title: opt(form.get("title")),
      summary: form.has("summary") ? String(form.get("summary")) : undefined,
      status: opt(form.get("status")),
      severity: opt(form.get("severity")),
      // Checkbox groups send nothing when all are cleared, so a marker field says the group was on the form.
      ...(form.has("servicesShown") ? { serviceIds: form.getAll("serviceIds").map(String) } : {}),
      ...(form.has("accessShown")
        ? { private: form.get("private") === "on", memberIds: form.getAll("memberIds").map(String) }
        : {}),
      ...Object.fromEntries(MOMENTS.filter((m) => form.has(m)).map((m) => [m, opt(form.get(m)) ?? null])),
    });
    try {
      await updateIncident(ctx, id, version, changes);
    } catch (e) {
      if (isDomainError(e) && e.status === 409)
        current = (e.details as { current?: Record<string, unknown> } | undefined)?.current;
      throw e;
    }
    return { ok: true };
  });
  return current ? { ...state, current: JSON.parse(JSON.stringify(current)) as Record<string, unknown> } : state;
}

export async function roleAction(org: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(roleActionSchema, Object.fromEntries(form.entries()));
    await changeRole(ctx, id, input);
    return { ok: true };
  });
}

export async function noteAction(org: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(noteSchema, {
      body: form.get("body"),
      occurredAt: opt(form.get("occurredAt")),
      keyMoment: form.get("keyMoment") === "on",
    });
    await addNote(ctx, id, input);
    return { ok: true, message: "Note added." };
  });
}

export async function createTaskAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    await createTask(
      ctx,
      id,
      parseForm(createTaskSchema, { title: form.get("title"), assigneeId: opt(form.get("assigneeId")) ?? null }),
    );
    return { ok: true };
  });
}

export async function toggleTaskAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    await updateTask(ctx, id, String(form.get("taskId")), {
      version: Number(form.get("version")),
      done: form.get("done") === "true",
    });
    return { ok: true };
  });
}

export async function stakeholderUpdateAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    await postStakeholderUpdate(
      ctx,
      id,
      parseForm(stakeholderUpdateSchema, { visibility: form.get("visibility"), body: form.get("body") }),
    );
    return { ok: true, message: "Update posted." };
  });
}

export async function timelineEventAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const eventId = String(form.get("eventId"));
    const op = form.get("op");
    if (op === "delete") await deleteNote(ctx, id, eventId);
    else if (op === "edit") await editNote(ctx, id, eventId, parseForm(editNoteSchema, { body: form.get("body") }));
    else await setKeyMoment(ctx, id, eventId, form.get("keyMoment") === "true");
    return { ok: true };
  });
}
