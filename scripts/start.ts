// `npm start`: prepares everything Vigil needs and serves it (`npm run dev`: the same with `next dev`). With DATABASE_URL unset it
// runs an embedded PostgreSQL in VIGIL_DATA_DIR, loads the demo organization on first run,
// and stops the database again when Vigil stops.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { parseEnv, productionProblems } from "../lib/env";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { buildIfStale, localSecrets, waitUntilReady } from "./start-helpers";

const say = (msg: string) =>
  console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), service: "vigil", msg }));
const started = performance.now();

let config;
try {
  config = parseEnv(process.env);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const strict = config.NODE_ENV === "production";
if (strict) {
  const problems = productionProblems(config);
  if (problems.length) {
    console.error(
      `Vigil cannot start in production:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee README.md, "Configuration".`,
    );
    process.exit(1);
  }
}

const dataDir = path.resolve(config.VIGIL_DATA_DIR);
const database = config.DATABASE_URL
  ? { url: config.DATABASE_URL, stop: async () => {}, startedHere: false }
  : await startEmbeddedDatabase(dataDir, say);
if (!config.DATABASE_URL)
  say(`embedded PostgreSQL ${database.startedHere ? "started" : "joined"} (data in ${dataDir})`);

const dev = process.argv.includes("--dev");
let childEnv: NodeJS.ProcessEnv;
try {
  const applied = await applyMigrations(database.url);
  if (applied.length) say(`applied migrations: ${applied.join(", ")}`);

  const secrets = strict ? {} : await localSecrets(dataDir, config);
  childEnv = { ...process.env, ...secrets, DATABASE_URL: database.url };

  if (config.VIGIL_DEMO_DATA ?? !config.DATABASE_URL) {
    // The demo is written through the server-side data layer, which needs the react-server condition.
    const seed = spawnSync(
      process.execPath,
      [createRequire(import.meta.url).resolve("tsx/cli"), "--conditions=react-server", "scripts/db-seed.ts"],
      { env: childEnv, stdio: "inherit" },
    );
    if (seed.status !== 0) throw new Error("loading the demo organization failed (see above)");
  }

  if (!dev) await buildIfStale(childEnv, say);
} catch (e) {
  console.error(`Vigil could not start: ${e instanceof Error ? e.message : String(e)}`);
  await database.stop();
  process.exit(1);
}

const url = `http://localhost:${config.PORT}`;
const server = spawn(
  process.execPath,
  [
    path.join("node_modules", "next", "dist", "bin", "next"),
    dev ? "dev" : "start",
    "-p",
    String(config.PORT),
    "-H",
    config.HOSTNAME,
  ],
  {
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
    stdio: "inherit",
  },
);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  // A child killed by a signal has exitCode null but signalCode set: it has exited all the same.
  if (server.exitCode === null && server.signalCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 1));

if (await waitUntilReady(url)) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Vigil is ready at ${url} (${seconds}s)`);
  if (config.VIGIL_DEMO_DATA ?? !config.DATABASE_URL) say("demo sign-in: demo@vigil.dev / vigil-demo-password");
}
