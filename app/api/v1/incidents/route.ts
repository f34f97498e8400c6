import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { validationFailed, zodDetails } from "@/lib/errors";
import { declareIncident, declareIncidentSchema } from "@/lib/incidents/declare";
import { incidentFilterSchema, listIncidents } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/incidents", async (req, ctx) => {
  const parsed = incidentFilterSchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) throw validationFailed("Invalid query parameters.", zodDetails(parsed.error));
  const { open, ...rest } = parsed.data;
  return json({ data: await listIncidents(ctx, { ...rest, ...(open ? { open: open === "true" } : {}) }) });
});

export const POST = apiRoute("/api/v1/incidents", async (req, ctx) => {
  const input = await parseBody(req, declareIncidentSchema);
  const incident = await declareIncident(ctx, { source: "api", ...input });
  return json(incident, {
    status: 201,
    headers: { etag: `"${incident.version}"`, location: `/api/v1/incidents/${incident.id}` },
  });
});
