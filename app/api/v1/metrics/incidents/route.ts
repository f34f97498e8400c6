import { apiRoute, json } from "@/lib/api/handler";
import { validationFailed } from "@/lib/errors";
import { getIncidentMetrics, metricsPeriodSchema } from "@/lib/incidents/metrics/query";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/metrics/incidents", async (req, ctx) => {
  const parsed = metricsPeriodSchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message).join(" ");
    throw validationFailed(`Invalid period: ${problems} Use ISO dates, e.g. ?from=2026-01-01&to=2026-04-01.`);
  }
  return json(await getIncidentMetrics(ctx, parsed.data));
});
