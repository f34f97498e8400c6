import { apiRoute } from "@/lib/api/handler";
import { exportPostmortem } from "@/lib/postmortems/export";

export const dynamic = "force-dynamic";

/** `?format=markdown` (default) or `?format=pdf`, as a download. */
export const GET = apiRoute("/api/v1/postmortems/{id}/export", async (req, ctx, params) =>
  exportPostmortem(ctx, params.id ?? "", req.nextUrl.searchParams.get("format")),
);
