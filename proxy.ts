import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { appContentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/core/security-headers";
import { appHostsOf, statusHostRewrite } from "@/lib/statuspage/core/hosts";
import { getPublic } from "@/lib/statuspage/public-routes";

// Three jobs:
// - Own host names: status.acme.example/… is served as /status/status.acme.example/…; the
//   status code decides what is shown, and serves a host's page only on that host.
// - GETs of public status files are answered here, by the same code as the route handler
//   (app/(status)/status/[slug]/[[...path]]), because a route handler costs Next about twice
//   a static file per request, and a status page must take an outage's traffic
//   (docs/status-pages.md, bench:status). The route handler still answers POSTs, and any GET
//   that reaches it.
// - Security headers: every other response gets a CSP with a fresh nonce (Next adds it to its
//   inline scripts when it finds it in the request's CSP) and X-Frame-Options; status files
//   bring their own cacheable CSP, and the embed page is the one thing other sites may frame.
const settings = env();
const appHosts = appHostsOf(settings.NEXTAUTH_URL);
const hsts = strictTransportSecurity(settings);
const development = settings.NODE_ENV === "development";
const https = Boolean(settings.NEXTAUTH_URL?.startsWith("https://"));

export async function proxy(request: NextRequest) {
  const rewritten = statusHostRewrite(request.headers.get("host"), request.nextUrl.pathname, appHosts);
  const path = rewritten ?? request.nextUrl.pathname;
  if ((request.method === "GET" || request.method === "HEAD") && path.startsWith("/status/")) {
    const [slug = "", ...rest] = path.slice("/status/".length).split("/");
    if (slug) {
      const response = await getPublic(request, { slug, path: rest.filter(Boolean) });
      // Own host names may be served over plain http by the operator's choice: HSTS is for Vigil's host.
      if (hsts && !rewritten) response.headers.set("strict-transport-security", hsts);
      return response;
    }
  }
  if (path.startsWith("/status/")) {
    // POSTs for the route handler, whose pages set their own CSP (two CSPs would both apply).
    if (!rewritten) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = rewritten;
    return NextResponse.rewrite(url);
  }
  const nonce = newNonce();
  const csp = appContentSecurityPolicy(nonce, { development, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-frame-options", "SAMEORIGIN");
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = { matcher: ["/((?!_next/).*)"] };
