import { authorize } from "@/lib/access/context";
import { apiRoute } from "@/lib/api/handler";
import { organizationIncidentStream, SSE_HEADERS } from "@/lib/incidents/live";

export const dynamic = "force-dynamic";

/** Server-sent events: `change` whenever any incident of the organization changes or is declared, from any instance. */
export const GET = apiRoute("/api/v1/incidents/events", async (req, ctx) => {
  authorize(ctx, "org:read");
  return new Response(organizationIncidentStream(ctx.org.id, req.signal), { headers: SSE_HEADERS });
});
