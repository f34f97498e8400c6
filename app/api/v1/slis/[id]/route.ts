import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { deleteSli, getSli, updateSli, updateSliSchema } from "@/lib/slo/slis";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/slis/{id}", async (_req, ctx, params) => json(await getSli(ctx, params.id ?? "")));

export const PATCH = apiRoute("/api/v1/slis/{id}", async (req, ctx, params) =>
  json(await updateSli(ctx, params.id ?? "", await parseBody(req, updateSliSchema))),
);

export const DELETE = apiRoute("/api/v1/slis/{id}", async (_req, ctx, params) => {
  await deleteSli(ctx, params.id ?? "");
  return new Response(null, { status: 204 });
});
