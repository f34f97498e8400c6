import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { deleteSlo, getSlo, updateSlo, updateSloSchema } from "@/lib/slo/slos";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/slos/{id}", async (_req, ctx, params) => json(await getSlo(ctx, params.id ?? "")));

export const PATCH = apiRoute("/api/v1/slos/{id}", async (req, ctx, params) =>
  json(await updateSlo(ctx, params.id ?? "", await parseBody(req, updateSloSchema))),
);

export const DELETE = apiRoute("/api/v1/slos/{id}", async (_req, ctx, params) => {
  await deleteSlo(ctx, params.id ?? "");
  return new Response(null, { status: 204 });
});
