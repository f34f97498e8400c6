import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createComponentGroup, listComponentGroups } from "@/lib/statuspage/components";
import { componentGroupSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/status-pages/{pageId}/groups";

export const GET = apiRoute(ROUTE, async (_req, ctx, params) =>
  json({ data: await listComponentGroups(ctx, params.pageId ?? "") }),
);

export const POST = apiRoute(ROUTE, async (req, ctx, params) => {
  const input = await parseBody(req, componentGroupSchema);
  return json(await createComponentGroup(ctx, params.pageId ?? "", input), { status: 201 });
});
