import { apiRoute, json } from "@/lib/api/handler";
import { getServiceBySlug } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/services/{slug}", async (_req, ctx, params) => json(await getServiceBySlug(ctx, params.slug ?? "")));
