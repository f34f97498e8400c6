import { apiRoute, json } from "@/lib/api/handler";
import { openSloExportQuerySchema, openSloQuerySchema, readOpenSloBody } from "@/lib/slo/openslo/request";
import { applyOpenSloYaml, exportOpenSloYaml, planOpenSloYaml } from "@/lib/slo/openslo/service";
import { parseQuery } from "@/lib/api/query";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/openslo", async (req, ctx) => {
  const { source } = parseQuery(req.nextUrl.searchParams, openSloExportQuerySchema);
  return new Response(await exportOpenSloYaml(ctx, { source }), {
    headers: { "content-type": "application/yaml; charset=utf-8" },
  });
});

export const POST = apiRoute("/api/v1/openslo", async (req, ctx) => {
  const { dryRun, source, adopt } = parseQuery(req.nextUrl.searchParams, openSloQuerySchema);
  const yaml = await readOpenSloBody(req);
  const plan = dryRun
    ? await planOpenSloYaml(ctx, yaml, { source, adopt })
    : await applyOpenSloYaml(ctx, yaml, { source, adopt });
  return json({ dryRun, plan });
});
