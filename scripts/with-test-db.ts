// Runs a command against a brand-new PostgreSQL: an embedded server in a temporary folder,
// migrated, empty, removed afterwards. Tests never touch the demo data or a shared server.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-test-db.ts <command> [args…]");
  process.exit(2);
}

const dir = await mkdtemp(path.join(tmpdir(), "vigil-test-"));
const database = await startEmbeddedDatabase(dir);
let code = 1;
try {
  await applyMigrations(database.url);
  const child = spawn(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, DATABASE_URL: database.url, VIGIL_TEST_DATA_DIR: dir },
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
} finally {
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exit(code);
