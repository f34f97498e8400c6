import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { updateActionItem, updateActionItemSchema } from "@/lib/postmortems/action-items";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute("/api/v1/postmortems/{id}/action-items/{itemId}", async (req, ctx, params) =>
  json(await updateActionItem(ctx, params.id ?? "", params.itemId ?? "", await parseBody(req, updateActionItemSchema))),
);
