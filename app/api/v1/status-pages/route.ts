import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createStatusPage, listStatusPages } from "@/lib/statuspage/pages";
import { createStatusPageSchema } from "@/lib/statuspage/core/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/status-pages", async (_req, ctx) => json({ data: await listStatusPages(ctx) }));

export const POST = apiRoute("/api/v1/status-pages", async (req, ctx) => {
  const input = await parseBody(req, createStatusPageSchema);
  return json(await createStatusPage(ctx, input), { status: 201 });
});
