import "server-only";
import { z } from "zod";
import { DomainError, badRequest, validationFailed } from "@/lib/errors";
import { sourceNameSchema } from "./core/schema";

export const MAX_YAML_BYTES = 1_000_000;
const flag = z.enum(["true", "false", "1", "0"], "Use true or false.").transform((v) => v === "true" || v === "1");
/** `?dryRun`, `?source` (the OpenSLO source applied or exported) and `?adopt` (take over another source's objects). */
export const openSloQuerySchema = z.object({
  dryRun: flag.default(false),
  source: sourceNameSchema.optional(),
  adopt: flag.default(false),
});
export const openSloExportQuerySchema = openSloQuerySchema.pick({ source: true });

export const openSloJsonBodySchema = z.object({
  yaml: z.string().min(1, "Send the OpenSLO YAML in `yaml`.").max(MAX_YAML_BYTES),
});

/** The YAML of a request: `application/yaml` / `text/plain` as is, or JSON `{ "yaml": "…" }`. */
export async function readOpenSloBody(req: Request): Promise<string> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const text = await req.text();
  if (text.length > MAX_YAML_BYTES)
    throw new DomainError("bad_request", 413, `The file is larger than ${MAX_YAML_BYTES} bytes; split it.`);
  if (type === "application/json") {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw badRequest("The request body is not valid JSON.");
    }
    const parsed = openSloJsonBodySchema.safeParse(raw);
    if (!parsed.success)
      throw validationFailed(
        'Send `{ "yaml": "…" }`.',
        parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      );
    return parsed.data.yaml;
  }
  if (["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"].includes(type)) {
    if (!text.trim()) throw badRequest("The request body is empty: send the OpenSLO YAML.");
    return text;
  }
  throw new DomainError(
    "bad_request",
    415,
    'Send the OpenSLO file as `Content-Type: application/yaml` (or text/plain), or as JSON `{ "yaml": "…" }`.',
  );
}
