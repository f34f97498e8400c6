import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound, validationFailed } from "@/lib/errors";
import { publishChange } from "@/lib/realtime/changes";
import { loadIncident } from "./load";
import { appendTimelineEvent } from "./timeline";

export const noteSchema = z.object({
  body: z.string().trim().min(1, "Write something in the note.").max(10_000),
  /** Backdating: "at 02:13 the disk filled up". */
  occurredAt: z.coerce.date().optional(),
  keyMoment: z.boolean().optional(),
});
export type NoteInput = z.input<typeof noteSchema>;

export const eventPatchSchema = z.object({
  body: z.string().trim().min(1, "Write something in the note.").max(10_000).optional(),
  keyMoment: z.boolean().optional(),
});

export const editNoteSchema = z.object({ body: z.string().trim().min(1, "Write something in the note.").max(10_000) });

/** Adding a note never conflicts with anyone: it only appends. */
export async function addNote(ctx: OrgContext, ref: string, input: NoteInput) {
  authorize(ctx, "incidents:write");
  const note = noteSchema.parse(input);
  if (note.occurredAt && note.occurredAt.getTime() > Date.now() + 60_000)
    throw validationFailed("A note cannot be dated in the future.");
  return db.$transaction(async (tx) => {
    const incident = await loadIncident(tx, ctx, ref);
    const event = await appendTimelineEvent(tx, ctx, incident.id, {
      kind: "note",
      data: { body: note.body },
      ...(note.occurredAt ? { occurredAt: note.occurredAt } : {}),
      keyMoment: note.keyMoment ?? false,
    });
    await recordAudit(tx, ctx, {
      action: "incident.note_added",
      entityType: "incident",
      entityId: incident.id,
      after: { eventId: event.id.toString() },
    });
    return { ...event, id: event.id.toString() };
  });
}

async function loadEvent(tx: Prisma.TransactionClient, ctx: OrgContext, ref: string, eventId: string) {
  const incident = await loadIncident(tx, ctx, ref);
  if (!/^\d{1,18}$/.test(eventId)) throw notFound("Timeline event");
  const event = await tx.timelineEvent.findFirst({
    where: { id: BigInt(eventId), incidentId: incident.id, orgId: ctx.org.id, deletedAt: null },
  });
  if (!event) throw notFound("Timeline event");
  return { incident, event };
}

/** Edits a note; the previous text is kept as a revision. Only notes are edited: recorded changes are facts. */
export async function editNote(ctx: OrgContext, ref: string, eventId: string, input: z.input<typeof editNoteSchema>) {
  authorize(ctx, "incidents:write");
  const { body } = editNoteSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { incident, event } = await loadEvent(tx, ctx, ref, eventId);
    if (event.kind !== "note")
      throw validationFailed("Only notes can be edited; recorded changes stay as they happened.");
    await tx.timelineEventRevision.create({
      data: {
        eventId: event.id,
        data: event.data as Prisma.InputJsonValue,
        editedById: ctx.actor.id,
        change: "edited",
      },
    });
    await tx.timelineEvent.update({ where: { id: event.id }, data: { data: { body } } });
    await recordAudit(tx, ctx, {
      action: "incident.note_edited",
      entityType: "incident",
      entityId: incident.id,
      before: event.data,
      after: { body },
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: incident.id, kind: "timeline.edited" });
  });
}

/** Hides a note from the timeline; the row and its text stay, with a "deleted" revision. */
export async function deleteNote(ctx: OrgContext, ref: string, eventId: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const { incident, event } = await loadEvent(tx, ctx, ref, eventId);
    if (event.kind !== "note")
      throw validationFailed("Only notes can be deleted; recorded changes stay as they happened.");
    await tx.timelineEventRevision.create({
      data: {
        eventId: event.id,
        data: event.data as Prisma.InputJsonValue,
        editedById: ctx.actor.id,
        change: "deleted",
      },
    });
    await tx.timelineEvent.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, ctx, {
      action: "incident.note_deleted",
      entityType: "incident",
      entityId: incident.id,
      before: event.data,
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: incident.id, kind: "timeline.deleted" });
  });
}

/** Any event (not only notes) can be marked as a key moment for the post-mortem. */
export async function setKeyMoment(ctx: OrgContext, ref: string, eventId: string, keyMoment: boolean) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const { incident, event } = await loadEvent(tx, ctx, ref, eventId);
    await tx.timelineEvent.update({ where: { id: event.id }, data: { keyMoment } });
    await recordAudit(tx, ctx, {
      action: "incident.key_moment",
      entityType: "incident",
      entityId: incident.id,
      after: { eventId, keyMoment },
    });
    await publishChange(tx, { orgId: ctx.org.id, topic: "incident", id: incident.id, kind: "timeline.key_moment" });
  });
}
