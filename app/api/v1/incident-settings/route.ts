import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { getIncidentSettings, incidentSettingsSchema, saveIncidentSettings } from "@/lib/incidents/settings";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/incident-settings", async (_req, ctx) => json(await getIncidentSettings(ctx)));

export const PUT = apiRoute("/api/v1/incident-settings", async (req, ctx) =>
  json(await saveIncidentSettings(ctx, await parseBody(req, incidentSettingsSchema))),
);
