import { apiRoute, json } from "@/lib/api/handler";
import { getSloStatus, parseAt, statusJson } from "@/lib/slo/status";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/slos/{id}/status", async (req, ctx, params) => {
  const at = parseAt(req.nextUrl.searchParams.get("at"));
  return json(statusJson(await getSloStatus(ctx, params.id ?? "", at)));
});
