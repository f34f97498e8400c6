import type { NextRequest } from "next/server";
import { getPublic, postPublic } from "@/lib/statuspage/public-routes";

// Every public file of a status page: the page, /api/v2/*.json, feeds, badge, widget, incident
// pages and subscriptions (lib/statuspage/public-routes.ts). Served from the public cache.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; path?: string[] }> };

export async function GET(req: NextRequest, { params }: Context) {
  return getPublic(req, await params);
}

export async function POST(req: NextRequest, { params }: Context) {
  return postPublic(req, await params);
}
