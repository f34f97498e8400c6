import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { decideReview, decisionSchema } from "@/lib/postmortems/review";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/postmortems/{id}/decision", async (req, ctx, params) =>
  json(await decideReview(ctx, params.id ?? "", await parseBody(req, decisionSchema))),
);
