import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { appHostsOf, statusHostRewrite } from "@/lib/statuspage/hosts";

// Status pages on their own host names: status.acme.example/… is served from
// /status/status.acme.example/…. Routing only; the status route decides what is shown, and
// serves a host's page only when the request really came on that host.
const appHosts = appHostsOf(env().NEXTAUTH_URL);

export function proxy(request: NextRequest) {
  const target = statusHostRewrite(request.headers.get("host"), request.nextUrl.pathname, appHosts);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/((?!_next/).*)"] };
