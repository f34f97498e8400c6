// What the benchmarks share: figures and production `next start` instances on free ports.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../tests/alertmanager-server";

export const say = (msg: string) => console.log(msg);
export const ms = (v: number) => `${v.toFixed(1)} ms`;

/** The nearest-rank percentile; NaN for no values. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};

export type Instance = { url: string; child: ChildProcess };

/** A production instance of Vigil on `databaseUrl`, ready (its /api/ready answers) before this resolves. */
export async function startInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: "bench-secret-that-is-long-enough-for-next-auth-0123456789",
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "mOa3TNk5G1fWQiGZ+jSvJYgkYHXHNKZYC2wv5V7rJlE=",
        VIGIL_DEMO_DATA: "false",
        LOG_LEVEL: "error",
        ...env,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on ${url} did not become ready`);
}

export async function stopInstance(instance: Instance) {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((r) => instance.child.once("exit", r));
  instance.child.kill("SIGTERM");
  await exited;
}
