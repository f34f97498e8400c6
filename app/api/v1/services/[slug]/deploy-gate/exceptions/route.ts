import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { exceptionSchema, grantDeployGateException, listDeployGateExceptions } from "@/lib/slo/deploy-gate";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/services/{slug}/deploy-gate/exceptions", async (_req, ctx, params) =>
  json({ data: await listDeployGateExceptions(ctx, params.slug ?? "") }),
);

export const POST = apiRoute("/api/v1/services/{slug}/deploy-gate/exceptions", async (req, ctx, params) => {
  const input = await parseBody(req, exceptionSchema);
  return json(await grantDeployGateException(ctx, params.slug ?? "", input), { status: 201 });
});
