import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { deleteService, getServiceBySlug, updateService, updateServiceSchema } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";

const ROUTE = "/api/v1/services/{slug}";

export const GET = apiRoute(ROUTE, async (_req, ctx, params) => json(await getServiceBySlug(ctx, params.slug ?? "")));

export const PATCH = apiRoute(ROUTE, async (req, ctx, params) =>
  json(await updateService(ctx, params.slug ?? "", await parseBody(req, updateServiceSchema))),
);

export const DELETE = apiRoute(ROUTE, async (_req, ctx, params) => {
  await deleteService(ctx, params.slug ?? "");
  return new Response(null, { status: 204 });
});
