import { authorize } from "@/lib/access/context";
import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { lint, lintSchema } from "@/lib/postmortems/core/lint";

export const dynamic = "force-dynamic";

export const POST = apiRoute("/api/v1/postmortems/lint", async (req, ctx) => {
  authorize(ctx, "org:read");
  return json(lint(await parseBody(req, lintSchema)));
});
