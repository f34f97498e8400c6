import { apiRoute, json } from "@/lib/api/handler";
import { listSubscribers } from "@/lib/statuspage/subscriptions";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/status-pages/{pageId}/subscribers";

export const GET = apiRoute(ROUTE, async (_req, ctx, params) =>
  json({ data: await listSubscribers(ctx, params.pageId ?? "") }),
);
