import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// Unknown API paths answer in the API's own error format rather than with an HTML 404 page.
function notFound(req: Request) {
  const path = new URL(req.url).pathname;
  return NextResponse.json(
    { error: { code: "not_found", message: `No API endpoint at ${req.method} ${path}. See /api/openapi.json.` } },
    { status: 404 },
  );
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
