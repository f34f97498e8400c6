import "server-only";
import { randomUUID } from "node:crypto";
import { ZodError, type z } from "zod";
import { toDomainError } from "@/lib/errors";
import { log } from "@/lib/observability/log";

/** What a form's server action returns to useActionState. */
export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** A secret shown once (new API token, invite link). */
  secret?: string;
};

export const initialActionState: ActionState = {};

export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return out;
}

export function parseForm<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/**
 * Runs a server action's body and turns expected failures into a state the form can show.
 * Bugs are logged with an id and answered generically: raw messages never reach the browser.
 */
export async function runAction(body: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof ZodError)
      return { ok: false, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(e) };
    const domain = toDomainError(e);
    if (domain) return { ok: false, message: domain.message };
    // Next's redirect() and notFound() work by throwing; let them through.
    if (e && typeof e === "object" && "digest" in e && typeof e.digest === "string" && e.digest.startsWith("NEXT_"))
      throw e;
    const errorId = randomUUID();
    log.error({ err: e, errorId }, "server action failed");
    return {
      ok: false,
      message: `Something went wrong on our side (error ${errorId.slice(0, 8)}). Nothing was changed; try again.`,
    };
  }
}
