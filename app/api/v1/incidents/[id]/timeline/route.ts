import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { addNote, noteSchema } from "@/lib/incidents/notes";
import { TIMELINE_PAGE, timelinePage } from "@/lib/incidents/queries";
import { validationFailed } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The newest events, or with `?before=<event id>` the page before that event; `hasEarlier` says whether to page on. */
export const GET = apiRoute("/api/v1/incidents/{id}/timeline", async (req, ctx, params) => {
  const query = req.nextUrl.searchParams;
  const limit = Number(query.get("limit") ?? TIMELINE_PAGE);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw validationFailed("limit is a whole number from 1 to 1000.", [{ path: "limit", message: "1 to 1000" }]);
  const page = await timelinePage(ctx, params.id ?? "", { beforeEventId: query.get("before"), limit });
  return json({ data: page.events, hasEarlier: page.hasEarlier });
});

export const POST = apiRoute("/api/v1/incidents/{id}/timeline", async (req, ctx, params) => {
  const note = await parseBody(req, noteSchema);
  return json(await addNote(ctx, params.id ?? "", note), { status: 201 });
});
