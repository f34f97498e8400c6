import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { createSlo, createSloSchema, listSlos, sloListQuerySchema } from "@/lib/slo/slos";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/slos", async (req, ctx) =>
  json(await listSlos(ctx, parseQuery(req.nextUrl.searchParams, sloListQuerySchema))),
);

export const POST = apiRoute("/api/v1/slos", async (req, ctx) =>
  json(await createSlo(ctx, await parseBody(req, createSloSchema)), { status: 201 }),
);
