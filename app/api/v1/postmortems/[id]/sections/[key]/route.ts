import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { saveSection, saveSectionSchema } from "@/lib/postmortems/editing";

export const dynamic = "force-dynamic";

/** Saves one section at the version it was edited from; 409 with both versions when someone saved first. */
export const PUT = apiRoute("/api/v1/postmortems/{id}/sections/{key}", async (req, ctx, params) =>
  json(await saveSection(ctx, params.id ?? "", params.key ?? "", await parseBody(req, saveSectionSchema))),
);
