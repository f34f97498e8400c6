// `vigil apply | diff | export`: OpenSLO files against a running Vigil, over HTTP with a token.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

type Entry = { kind: string; name: string; changes?: string[] };
type Plan = { created: Entry[]; updated: Entry[]; unchanged: Entry[]; deleted: Entry[]; source?: string };
type ErrorBody = { error?: { message?: string; details?: { document?: string; path?: string; message?: string }[] } };

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  env: { VIGIL_URL: string; VIGIL_TOKEN?: string | undefined };
};

const MARK: Record<"created" | "updated" | "unchanged" | "deleted", string> = {
  created: "+",
  updated: "~",
  unchanged: "=",
  deleted: "-",
};

export function formatPlan(plan: Plan, applied: boolean): string[] {
  const lines: string[] = [];
  for (const key of ["created", "updated", "deleted", "unchanged"] as const) {
    for (const e of plan[key])
      lines.push(`  ${MARK[key]} ${e.kind} ${e.name}${e.changes?.length ? ` (${e.changes.join(", ")})` : ""}`);
  }
  const counts = (["created", "updated", "unchanged", "deleted"] as const)
    .map((k) => `${plan[k].length} ${k}`)
    .join(", ");
  lines.push(
    `${applied ? "Applied" : "Plan (nothing applied)"}${plan.source ? ` to source "${plan.source}"` : ""}: ${counts}.`,
  );
  return lines;
}

function formatError(status: number, body: ErrorBody): string[] {
  const lines = [`Vigil answered ${status}: ${body.error?.message ?? "no message"}`];
  for (const d of body.error?.details ?? [])
    lines.push(`  ${d.document ?? ""} ${d.path ?? ""}: ${d.message ?? ""}`.trimEnd());
  return lines;
}

/** Runs apply, diff or export; returns the exit code (0 ok, 1 refused by Vigil, 2 usage). */
export async function runOpenSloCommand(
  command: "apply" | "diff" | "export",
  args: string[],
  io: CliIo,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      "dry-run": { type: "boolean" },
      source: { type: "string" },
      adopt: { type: "boolean" },
      url: { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  const base = (values.url ?? io.env.VIGIL_URL).replace(/\/+$/, "");
  const token = values.token ?? io.env.VIGIL_TOKEN;
  if (!token) {
    io.err(
      "vigil: an API token is required: --token <vgl_…> or VIGIL_TOKEN (Settings → API tokens; scope write for apply and diff, read for export).",
    );
    return 2;
  }
  const headers = { authorization: `Bearer ${token}` };
  const query = (params: Record<string, string | undefined>) => {
    const given = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
    return given.length ? `?${new URLSearchParams(given)}` : "";
  };
  let response: Response;
  try {
    if (command === "export") {
      response = await fetch(`${base}/api/v1/openslo${query({ source: values.source })}`, { headers });
    } else {
      if (!values.file) {
        io.err(`vigil: ${command} needs -f <file> (OpenSLO v1 YAML).`);
        return 2;
      }
      const yaml = await readFile(values.file, "utf8");
      const dryRun = command === "diff" || values["dry-run"] === true;
      const params = query({
        dryRun: dryRun ? "true" : undefined,
        source: values.source,
        adopt: values.adopt ? "true" : undefined,
      });
      response = await fetch(`${base}/api/v1/openslo${params}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/yaml" },
        body: yaml,
      });
    }
  } catch (e) {
    io.err(
      `vigil: cannot reach Vigil at ${base}: ${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e)}`,
    );
    return 1;
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    for (const line of formatError(response.status, body)) io.err(line);
    return 1;
  }
  if (command === "export") {
    const yaml = await response.text();
    if (values.output) {
      await writeFile(values.output, yaml);
      io.err(`Wrote ${values.output}.`);
    } else io.out(yaml);
    return 0;
  }
  const { dryRun, plan } = (await response.json()) as { dryRun: boolean; plan: Plan };
  for (const line of formatPlan(plan, !dryRun)) io.out(line);
  return 0;
}
