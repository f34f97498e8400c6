import { apiRoute, json } from "@/lib/api/handler";
import { searchLibrary } from "@/lib/postmortems/library";

export const dynamic = "force-dynamic";

/** The library: published post-mortems, full-text search and filters. */
export const GET = apiRoute("/api/v1/postmortems", async (req, ctx) => {
  const p = req.nextUrl.searchParams;
  const query = Object.fromEntries(
    ["q", "service", "severity", "tag", "category", "limit"].flatMap((k) => (p.get(k) ? [[k, p.get(k)]] : [])),
  );
  return json({ data: await searchLibrary(ctx, query) });
});
