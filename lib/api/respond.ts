import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { DomainError, isDomainError } from "@/lib/errors";

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

export function zodDetails(error: ZodError) {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

/** Turns any thrown value into a DomainError, or null when it is a bug (answered with a generic 500). */
export function toDomainError(e: unknown): DomainError | null {
  if (isDomainError(e)) return e;
  if (e instanceof ZodError)
    return new DomainError("validation_failed", 422, "The request body has invalid fields.", zodDetails(e));
  // A unique index caught what a check-then-write race let through: the other request won.
  if (isUniqueViolation(e))
    return new DomainError(
      "conflict",
      409,
      "Something with that name or identifier exists already (it may just have been created). Choose another or reload.",
    );
  return null;
}

/** Prisma's P2002: a unique constraint refused the write. */
export const isUniqueViolation = (e: unknown) =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
