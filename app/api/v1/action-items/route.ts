import { apiRoute, json } from "@/lib/api/handler";
import { listActionItems } from "@/lib/postmortems/action-items";

export const dynamic = "force-dynamic";

/** Action items across incidents, grouped by team and service. */
export const GET = apiRoute("/api/v1/action-items", async (req, ctx) => {
  const p = req.nextUrl.searchParams;
  return json(
    await listActionItems(
      ctx,
      Object.fromEntries(["state", "team", "service"].flatMap((k) => (p.get(k) ? [[k, p.get(k)]] : []))),
    ),
  );
});
