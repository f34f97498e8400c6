import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { deleteStatusPage, getStatusPage, updateStatusPage } from "@/lib/statuspage/pages";
import { updateStatusPageSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/status-pages/{pageId}";

export const GET = apiRoute(ROUTE, async (_req, ctx, params) => json(await getStatusPage(ctx, params.pageId ?? "")));

export const PATCH = apiRoute(ROUTE, async (req, ctx, params) => {
  const input = await parseBody(req, updateStatusPageSchema);
  return json(await updateStatusPage(ctx, params.pageId ?? "", input));
});

export const DELETE = apiRoute(ROUTE, async (_req, ctx, params) => {
  await deleteStatusPage(ctx, params.pageId ?? "");
  return new Response(null, { status: 204 });
});
