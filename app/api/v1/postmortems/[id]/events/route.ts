import { apiRoute } from "@/lib/api/handler";
import { changeEventStream } from "@/lib/incidents/live";
import { visiblePostmortemId } from "@/lib/postmortems/queries";

export const dynamic = "force-dynamic";

/** Server-sent events: `change` on every committed change to this post-mortem, from any instance. */
export const GET = apiRoute("/api/v1/postmortems/{id}/events", async (req, ctx, params) => {
  const id = await visiblePostmortemId(ctx, params.id ?? "");
  return new Response(changeEventStream(ctx.org.id, "postmortem", id, req.signal), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
