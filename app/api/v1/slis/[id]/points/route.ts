import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { ingestSliPoints, pointsBodySchema } from "@/lib/slo/slis";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/slis/{id}/points", async (req, ctx, params) => {
  const body = await parseBody(req, pointsBodySchema);
  return json(await ingestSliPoints(ctx, params.id ?? "", body.points));
});
