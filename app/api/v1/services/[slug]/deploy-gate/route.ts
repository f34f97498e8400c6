import { apiRoute, json } from "@/lib/api/handler";
import { deployGate } from "@/lib/slo/deploy-gate";

export const dynamic = "force-dynamic";

// 423 Locked while frozen, so a pipeline can gate on the status code alone.
export const GET = apiRoute("/api/v1/services/{slug}/deploy-gate", async (_req, ctx, params) => {
  const gate = await deployGate(ctx, params.slug ?? "");
  return json(gate, { status: gate.allowed ? 200 : 423 });
});
