import { z } from "zod";
import { apiRoute, json, parseBody } from "@/lib/api/handler";
import { DomainError } from "@/lib/errors";
import { etagOf, parseIfMatch } from "@/lib/incidents/core/concurrency";
import { getIncidentDetail } from "@/lib/incidents/queries";
import { updateIncident, updateIncidentSchema } from "@/lib/incidents/update";

export const dynamic = "force-dynamic";

const patchSchema = updateIncidentSchema.extend({ version: z.number().int().min(1).optional() });

export const GET = apiRoute("/api/v1/incidents/{id}", async (_req, ctx, params) => {
  const incident = await getIncidentDetail(ctx, params.id ?? "");
  return json(incident, { headers: { etag: etagOf(incident.version) } });
});

/** Needs the version the editor saw (If-Match or `version`); a blind overwrite is refused with 428. */
export const PATCH = apiRoute("/api/v1/incidents/{id}", async (req, ctx, params) => {
  const { version, ...changes } = await parseBody(req, patchSchema);
  const expected = parseIfMatch(req.headers.get("if-match")) ?? version;
  if (expected === undefined)
    throw new DomainError(
      "bad_request",
      428,
      'Send the version you edited: an `If-Match: "<version>"` header or `version` in the body (GET the incident to read it).',
    );
  const incident = await updateIncident(ctx, params.id ?? "", expected, changes);
  return json(incident, { headers: { etag: etagOf(incident.version) } });
});
