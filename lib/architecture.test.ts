// The layout rules of docs/architecture.md, checked on the source so they cannot drift:
// a `core/` module is pure (no I/O, importable by client components) and lib/ has no
// import cycle.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = "lib";
const sources = readdirSync(LIB, { recursive: true, encoding: "utf8" })
  .map((f) => path.posix.join(LIB, f.split(path.sep).join("/")))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|test-helpers/.test(f));

/** Runtime imports only: `import type` is erased and may point anywhere. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)];
  return specs.map((m) => m[1]!);
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const isCore = (f: string) => f.split("/").includes("core");
/** Shared pure modules outside core/ folders. */
const SHARED_PURE = [/^lib\/time\//, /^lib\/errors\.ts$/, /^lib\/constants\.ts$/];
const isPure = (f: string) => isCore(f) || SHARED_PURE.some((r) => r.test(f));
const IO_PACKAGES =
  /^(server-only|pg|pg-boss|@prisma\/|nodemailer|next\/headers|next\/server|next-auth|node:(fs|net|http|https|child_process|dns|os|worker_threads))/;

describe("layout", () => {
  it("core and shared pure modules import nothing with I/O", () => {
    const offences: string[] = [];
    for (const file of sources.filter(isPure)) {
      for (const spec of runtimeImports(file)) {
        const target = resolve(file, spec);
        if (target ? !isPure(target) : IO_PACKAGES.test(spec) || spec.includes("generated/"))
          offences.push(`${file} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("lib has no runtime import cycle", () => {
    const graph = new Map(sources.map((f) => [f, runtimeImports(f).flatMap((s) => resolve(f, s) ?? []) as string[]]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const next of graph.get(f) ?? []) {
        if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of sources) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
