import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { metaSchema, updateMeta } from "@/lib/postmortems/editing";
import { getPostmortemDocument } from "@/lib/postmortems/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/postmortems/{id}", async (_req, ctx, params) =>
  json(await getPostmortemDocument(ctx, params.id ?? "")),
);

export const PATCH = apiRoute("/api/v1/postmortems/{id}", async (req, ctx, params) => {
  await updateMeta(ctx, params.id ?? "", await parseBody(req, metaSchema));
  return json(await getPostmortemDocument(ctx, params.id ?? ""));
});
