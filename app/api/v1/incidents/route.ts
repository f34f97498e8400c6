import { z } from "zod";
import { apiRoute, json } from "@/lib/api/handler";
import { validationFailed } from "@/lib/errors";
import { listIncidents } from "@/lib/incidents/queries";

export const dynamic = "force-dynamic";

const querySchema = z.object({ open: z.enum(["true", "false"]).optional(), limit: z.coerce.number().int().min(1).max(500).optional() });

export const GET = apiRoute("/api/v1/incidents", async (req, ctx) => {
  const parsed = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) throw validationFailed("Invalid query parameters: `open` is true or false, `limit` 1 to 500.");
  return json({ data: await listIncidents(ctx, { open: parsed.data.open === "true", ...(parsed.data.limit ? { limit: parsed.data.limit } : {}) }) });
});
