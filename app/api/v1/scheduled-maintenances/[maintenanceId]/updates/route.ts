import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { postMaintenanceUpdate } from "@/lib/statuspage/maintenance";
import { maintenanceUpdateSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/scheduled-maintenances/{maintenanceId}/updates", async (req, ctx, params) => {
  const input = await parseBody(req, maintenanceUpdateSchema);
  return json(await postMaintenanceUpdate(ctx, params.maintenanceId ?? "", input), { status: 201 });
});
