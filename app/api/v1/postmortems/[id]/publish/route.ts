import { apiRoute, json } from "@/lib/api/handler";
import { getPostmortemDocument } from "@/lib/postmortems/queries";
import { publishPostmortem } from "@/lib/postmortems/review";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/postmortems/{id}/publish", async (_req, ctx, params) => {
  await publishPostmortem(ctx, params.id ?? "");
  return json(await getPostmortemDocument(ctx, params.id ?? ""));
});
