import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { getPostmortemDocument } from "@/lib/postmortems/queries";
import { submitForReview, submitSchema } from "@/lib/postmortems/review";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/postmortems/{id}/review", async (req, ctx, params) => {
  await submitForReview(ctx, params.id ?? "", await parseBody(req, submitSchema));
  return json(await getPostmortemDocument(ctx, params.id ?? ""));
});
