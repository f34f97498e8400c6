import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { validationFailed } from "@/lib/errors";
import { deleteNote, editNote, eventPatchSchema, setKeyMoment } from "@/lib/incidents/notes";

export const dynamic = "force-dynamic";

/** Edit a note's text (the old text is kept as a revision) and/or flag any event as a key moment. */
export const PATCH = apiRoute("/api/v1/incidents/{id}/timeline/{eventId}", async (req, ctx, params) => {
  const input = await parseBody(req, eventPatchSchema);
  if (input.body === undefined && input.keyMoment === undefined)
    throw validationFailed("Send `body` to edit a note or `keyMoment` to flag an event.");
  if (input.body !== undefined) await editNote(ctx, params.id ?? "", params.eventId ?? "", { body: input.body });
  if (input.keyMoment !== undefined) await setKeyMoment(ctx, params.id ?? "", params.eventId ?? "", input.keyMoment);
  return json({ ok: true });
});

/** Hides a note; its text stays in the revisions. */
export const DELETE = apiRoute("/api/v1/incidents/{id}/timeline/{eventId}", async (_req, ctx, params) => {
  await deleteNote(ctx, params.id ?? "", params.eventId ?? "");
  return new Response(null, { status: 204 });
});
