import type { z } from "zod";
import { zodDetails, validationFailed } from "@/lib/errors";

/** Parses URL query parameters with a zod schema; invalid ones are a 422 naming each. */
export function parseQuery<T extends z.ZodType>(params: URLSearchParams, schema: T): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const details = zodDetails(parsed.error);
    throw validationFailed(
      `Invalid query parameters: ${details.map((d) => `${d.path}: ${d.message}`).join("; ")}`,
      details,
    );
  }
  return parsed.data;
}
