import { apiRoute, json } from "@/lib/api/handler";
import { listSectionVersions } from "@/lib/postmortems/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/postmortems/{id}/sections/{key}/versions", async (_req, ctx, params) =>
  json(await listSectionVersions(ctx, params.id ?? "", params.key ?? "")),
);
