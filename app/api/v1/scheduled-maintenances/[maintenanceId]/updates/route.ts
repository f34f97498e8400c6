import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { postMaintenanceUpdate } from "@/lib/statuspage/maintenances";
import { maintenanceUpdateSchema } from "@/lib/statuspage/schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/scheduled-maintenances/{maintenanceId}/updates", async (req, ctx, params) => {
  const input = await parseBody(req, maintenanceUpdateSchema);
  return json(await postMaintenanceUpdate(ctx, params.maintenanceId ?? "", input), { status: 201 });
});
