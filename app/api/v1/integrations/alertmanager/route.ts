import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { alertmanagerPayloadSchema } from "@/lib/incidents/alerts/core/alertmanager";
import { ingestAlerts } from "@/lib/incidents/alerts/ingest";
import { fromAlertmanager } from "@/lib/incidents/alerts/core/normalize";
import { getIncidentSettings } from "@/lib/incidents/settings";

export const dynamic = "force-dynamic";

// Alertmanager sends the token through `http_config.authorization` (Bearer); it needs scope write.
export const POST = apiRoute("/api/v1/integrations/alertmanager", async (req, ctx) => {
  const payload = await parseBody(req, alertmanagerPayloadSchema);
  const { alertSeverityMap } = await getIncidentSettings(ctx);
  return json(await ingestAlerts(ctx, fromAlertmanager(payload, alertSeverityMap)));
});
