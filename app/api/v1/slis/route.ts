import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { createSli, createSliSchema, listQuerySchema, listSlis } from "@/lib/slo/slis";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/slis", async (req, ctx) =>
  json(await listSlis(ctx, parseQuery(req.nextUrl.searchParams, listQuerySchema))),
);

export const POST = apiRoute("/api/v1/slis", async (req, ctx) =>
  json(await createSli(ctx, await parseBody(req, createSliSchema)), { status: 201 }),
);
