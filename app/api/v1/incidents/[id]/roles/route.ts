import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { changeRole, roleActionSchema } from "@/lib/incidents/role-assignments";

export const dynamic = "force-dynamic";

export const PUT = apiRoute("/api/v1/incidents/{id}/roles", async (req, ctx, params) => {
  const action = await parseBody(req, roleActionSchema);
  return json(await changeRole(ctx, params.id ?? "", action));
});
