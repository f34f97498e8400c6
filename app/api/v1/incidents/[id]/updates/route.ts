import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { postStakeholderUpdate, stakeholderUpdateSchema } from "@/lib/incidents/stakeholder-updates";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/incidents/{id}/updates", async (req, ctx, params) => {
  const input = await parseBody(req, stakeholderUpdateSchema);
  return json(await postStakeholderUpdate(ctx, params.id ?? "", input), { status: 201 });
});
