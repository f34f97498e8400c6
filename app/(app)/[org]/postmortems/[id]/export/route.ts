import { type NextRequest } from "next/server";
import { userOrgContext } from "@/lib/access/user-context";
import { errorResponse } from "@/lib/api/respond";
import { toDomainError } from "@/lib/errors";
import { requestIdOf } from "@/lib/api/handler";
import { log } from "@/lib/observability/log";
import { exportPostmortem } from "@/lib/postmortems/export";

export const dynamic = "force-dynamic";

/** Downloads for the signed-in member (links cannot send the API's X-Vigil-Org header). A GET changes nothing. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ org: string; id: string }> }) {
  const requestId = requestIdOf(req);
  try {
    const { org, id } = await params;
    return await exportPostmortem(await userOrgContext(org), id, req.nextUrl.searchParams.get("format"));
  } catch (e) {
    const domain = toDomainError(e);
    if (domain) return errorResponse(domain, requestId);
    log.error({ err: e, requestId }, "post-mortem export failed");
    return new Response("Something went wrong on our side.", { status: 500 });
  }
}
