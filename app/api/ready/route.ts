import { databaseReadiness } from "@/lib/observability/readiness";

export const dynamic = "force-dynamic";

// Readiness: the database answers and every migration on disk is applied.
export async function GET() {
  const result = await databaseReadiness();
  return Response.json(result, {
    status: result.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
