import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { setComponentOverride } from "@/lib/statuspage/components";
import { componentOverrideSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";

export const PUT = apiRoute("/api/v1/status-components/{componentId}/override", async (req, ctx, params) => {
  const input = await parseBody(req, componentOverrideSchema);
  return json(await setComponentOverride(ctx, params.componentId ?? "", input));
});
