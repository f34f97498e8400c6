import { apiRoute, json } from "@/lib/api/handler";
import { readOpenSloBody } from "@/lib/slo/openslo/request";
import { applyOpenSloYaml, exportOpenSloYaml, planOpenSloYaml } from "@/lib/slo/openslo/service";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/openslo", async (_req, ctx) => {
  return new Response(await exportOpenSloYaml(ctx), { headers: { "content-type": "application/yaml; charset=utf-8" } });
});

export const POST = apiRoute("/api/v1/openslo", async (req, ctx) => {
  const yaml = await readOpenSloBody(req);
  const dryRun = ["true", "1"].includes(req.nextUrl.searchParams.get("dryRun") ?? "");
  const plan = dryRun ? await planOpenSloYaml(ctx, yaml) : await applyOpenSloYaml(ctx, yaml);
  return json({ dryRun, plan });
});
