import { ZodError } from "zod";

// Domain errors carry the HTTP status and a message a person can act on. Anything else
// that escapes a handler is a bug: it is logged and answered with a generic 500.
export const ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "locked",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badRequest = (message: string, details?: unknown) => new DomainError("bad_request", 400, message, details);
export const validationFailed = (message: string, details?: unknown) =>
  new DomainError("validation_failed", 422, message, details);
export const unauthorized = (message = "Sign in or send a valid API token in the Authorization header.") =>
  new DomainError("unauthorized", 401, message);
export const forbidden = (message: string) => new DomainError("forbidden", 403, message);
/** Also used for another organization's records, so their existence never leaks. */
export const notFound = (what: string) => new DomainError("not_found", 404, `${what} was not found.`);
export const conflict = (message: string, details?: unknown) => new DomainError("conflict", 409, message, details);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new DomainError("rate_limited", 429, message, { retryAfterSeconds });

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
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
