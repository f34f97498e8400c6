import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { appHostsOf, statusHostRewrite } from "@/lib/statuspage/core/hosts";
import { getPublic } from "@/lib/statuspage/public-routes";

// Two jobs, both for public status pages:
// - Own host names: status.acme.example/… is served as /status/status.acme.example/…; the
//   status code decides what is shown, and serves a host's page only on that host.
// - GETs of public status files are answered here, by the same code as the route handler
//   (app/(status)/status/[slug]/[[...path]]), because a route handler costs Next about twice
//   a static file per request, and a status page must take an outage's traffic
//   (docs/status-pages.md, bench:status). The route handler still answers POSTs, and any GET
//   that reaches it.
const appHosts = appHostsOf(env().NEXTAUTH_URL);

export function proxy(request: NextRequest) {
  const rewritten = statusHostRewrite(request.headers.get("host"), request.nextUrl.pathname, appHosts);
  const path = rewritten ?? request.nextUrl.pathname;
  if ((request.method === "GET" || request.method === "HEAD") && path.startsWith("/status/")) {
    const [slug = "", ...rest] = path.slice("/status/".length).split("/");
    if (slug) return getPublic(request, { slug, path: rest.filter(Boolean) });
  }
  if (!rewritten) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = rewritten;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/((?!_next/).*)"] };
