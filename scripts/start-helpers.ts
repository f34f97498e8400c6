import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "../lib/env";

/**
 * Secrets for a local install, made once and kept in the data folder so sessions survive
 * restarts. Production sets them in the environment instead (the same on every instance).
 */
export async function localSecrets(
  dataDir: string,
  config: Pick<Env, "PORT" | "NEXTAUTH_SECRET" | "NEXTAUTH_URL" | "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY">,
): Promise<Record<string, string>> {
  const file = path.join(dataDir, "local-secrets.json");
  let saved = await readFile(file, "utf8")
    .then((t) => JSON.parse(t) as Record<string, string>)
    .catch(() => null);
  if (!saved) {
    saved = {
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    };
    await writeFile(file, JSON.stringify(saved), { mode: 0o600 });
  }
  return {
    NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? saved.NEXTAUTH_SECRET!,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
      config.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? saved.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY!,
    NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
  };
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "generated",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
];

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target, { withFileTypes: true });
  const times = await Promise.all(
    entries.filter((e) => !e.name.endsWith(".test.ts")).map((e) => newestMtime(path.join(target, e.name))),
  );
  return Math.max(info.mtimeMs, ...times);
}

/** Runs `next build` when there is no build yet or a source file is newer than it. */
export async function buildIfStale(env: NodeJS.ProcessEnv, say: (msg: string) => void): Promise<void> {
  const built = await stat(path.join(".next", "BUILD_ID")).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const newest = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  if (built && built >= newest) return;
  say(
    built
      ? "sources changed since the last build: rebuilding (about a minute)"
      : "building Vigil for the first time (about a minute)",
  );
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`)),
    );
  });
}

export async function waitUntilReady(url: string, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
