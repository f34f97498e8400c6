import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { addNote, noteSchema } from "@/lib/incidents/notes";
import { getIncidentDetail } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/incidents/{id}/timeline", async (_req, ctx, params) => json({ data: (await getIncidentDetail(ctx, params.id ?? "")).events }));

export const POST = apiRoute("/api/v1/incidents/{id}/timeline", async (req, ctx, params) => {
  const note = await parseBody(req, noteSchema);
  return json(await addNote(ctx, params.id ?? "", note), { status: 201 });
});
