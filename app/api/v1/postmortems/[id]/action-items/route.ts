import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { createActionItem, createActionItemSchema } from "@/lib/postmortems/action-items";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/postmortems/{id}/action-items", async (req, ctx, params) =>
  json(await createActionItem(ctx, params.id ?? "", await parseBody(req, createActionItemSchema)), { status: 201 }),
);
