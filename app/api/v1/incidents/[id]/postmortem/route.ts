import { apiRoute, json } from "@/lib/api/handler";
import { createPostmortem } from "@/lib/postmortems/draft";
import { getPostmortemDocument } from "@/lib/postmortems/queries";

export const dynamic = "force-dynamic";

/** Drafts the post-mortem of a resolved incident, pre-filled from its record. */
export const POST = apiRoute("/api/v1/incidents/{id}/postmortem", async (_req, ctx, params) => {
  const pm = await createPostmortem(ctx, params.id ?? "");
  return json(await getPostmortemDocument(ctx, pm.id), {
    status: 201,
    headers: { location: `/api/v1/postmortems/${pm.id}` },
  });
});
