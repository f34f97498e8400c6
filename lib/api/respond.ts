import { NextResponse } from "next/server";
import type { DomainError } from "@/lib/errors";

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export function errorResponse(e: DomainError, requestId: string): NextResponse<ErrorBody> {
  const headers: Record<string, string> = { "x-request-id": requestId };
  const retry = (e.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (e.status === 429 && retry) headers["retry-after"] = String(retry);
  if (e.status === 401) headers["www-authenticate"] = 'Bearer realm="vigil"';
  return NextResponse.json(
    { error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } },
    { status: e.status, headers },
  );
}
