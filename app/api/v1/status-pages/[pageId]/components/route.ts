import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createComponent, listComponents } from "@/lib/statuspage/components";
import { componentSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/status-pages/{pageId}/components";

export const GET = apiRoute(ROUTE, async (_req, ctx, params) =>
  json({ data: await listComponents(ctx, params.pageId ?? "") }),
);

export const POST = apiRoute(ROUTE, async (req, ctx, params) => {
  const input = await parseBody(req, componentSchema);
  return json(await createComponent(ctx, params.pageId ?? "", input), { status: 201 });
});
