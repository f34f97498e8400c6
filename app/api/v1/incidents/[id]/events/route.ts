import { apiRoute } from "@/lib/api/handler";
import { incidentEventStream, SSE_HEADERS } from "@/lib/incidents/live";
import { getIncidentDetail } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

/** Server-sent events: `change` on every committed change to this incident, from any instance. */
export const GET = apiRoute("/api/v1/incidents/{id}/events", async (req, ctx, params) => {
  const incident = await getIncidentDetail(ctx, params.id ?? "");
  return new Response(incidentEventStream(ctx.org.id, incident.id, req.signal), { headers: SSE_HEADERS });
});
