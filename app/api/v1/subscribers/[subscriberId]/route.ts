import { apiRoute } from "@/lib/api/handler";
import { removeSubscriber } from "@/lib/statuspage/subscriptions";

export const dynamic = "force-dynamic";
const ROUTE = "/api/v1/subscribers/{subscriberId}";

export const DELETE = apiRoute(ROUTE, async (_req, ctx, params) => {
  await removeSubscriber(ctx, params.subscriberId ?? "");
  return new Response(null, { status: 204 });
});
