import { z } from "zod";

// Every URL a person stores (service links, status page links, notification targets, tracker
// links, Prometheus) is http(s) only: anything else rendered as a link could run script in
// Vigil's origin (`javascript:`, `data:`) or reach odd local handlers (`file:`).
const MAX_LENGTH = 2000;

/** An absolute http(s) URL of at most 2,000 characters; `error` names the field for the person fixing it. */
export const httpUrl = (error: string) =>
  z.url({ protocol: /^https?$/, error }).max(MAX_LENGTH, `Keep the address under ${MAX_LENGTH} characters.`);

/** For rendering values stored before the schema held: only http(s) becomes a link. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
