import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { deleteComponent, updateComponent } from "@/lib/statuspage/components";
import { updateComponentSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/status-components/{componentId}";

export const PATCH = apiRoute(ROUTE, async (req, ctx, params) => {
  const input = await parseBody(req, updateComponentSchema);
  return json(await updateComponent(ctx, params.componentId ?? "", input));
});

export const DELETE = apiRoute(ROUTE, async (_req, ctx, params) => {
  await deleteComponent(ctx, params.componentId ?? "");
  return new Response(null, { status: 204 });
});
