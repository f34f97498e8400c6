import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createService, createServiceSchema, listServices } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/services", async (_req, ctx) => json({ data: await listServices(ctx) }));

export const POST = apiRoute("/api/v1/services", async (req, ctx) => {
  const input = await parseBody(req, createServiceSchema);
  return json(await createService(ctx, input), { status: 201 });
});
