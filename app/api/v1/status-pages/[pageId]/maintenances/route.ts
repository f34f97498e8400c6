import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createMaintenance, listMaintenances } from "@/lib/statuspage/maintenance";
import { createMaintenanceSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/status-pages/{pageId}/maintenances";

export const GET = apiRoute(ROUTE, async (_req, ctx, params) =>
  json({ data: await listMaintenances(ctx, params.pageId ?? "") }),
);

export const POST = apiRoute(ROUTE, async (req, ctx, params) => {
  const input = await parseBody(req, createMaintenanceSchema);
  return json(await createMaintenance(ctx, params.pageId ?? "", input), { status: 201 });
});
