import { sameSecret } from "@/lib/auth/core/secrets";
import { env } from "@/lib/env";
import { collectRuntimeGauges } from "@/lib/observability/runtime-gauges";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

// Prometheus scrape endpoint, guarded by METRICS_TOKEN (bearer). Without a token configured it is off.
export async function GET(req: Request) {
  const expected = env().METRICS_TOKEN;
  if (!expected) return new Response("Metrics are disabled: set METRICS_TOKEN to enable /metrics.\n", { status: 404 });
  const given = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameSecret(given, expected))
    return new Response("Send `Authorization: Bearer <METRICS_TOKEN>`.\n", {
      status: 401,
      headers: { "www-authenticate": 'Bearer realm="metrics"' },
    });
  await collectRuntimeGauges();
  return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType } });
}
