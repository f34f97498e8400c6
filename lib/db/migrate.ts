import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { listMigrations, migrationsDir, readSchemaFiles } from "./migrations-on-disk";
import { emptySchemaFilter, openSchemaEngine } from "./schema-engine";

export { listMigrations, migrationsDir, pendingMigrations, readSchemaFiles } from "./migrations-on-disk";

// Any constant works; it only has to be the same for every instance of Vigil.
const MIGRATION_LOCK_KEY = 7_246_554_410;

// The WebAssembly engine's glue is a module singleton: one engine at a time per process.
let engineQueue: Promise<unknown> = Promise.resolve();

/**
 * Applies pending migrations, exactly as `prisma migrate deploy` would. A session-level
 * advisory lock on a dedicated connection serialises instances that start together.
 */
export function applyMigrations(connectionString: string): Promise<string[]> {
  const run = engineQueue.then(() => applyMigrationsNow(connectionString));
  engineQueue = run.catch(() => {});
  return run;
}

async function applyMigrationsNow(connectionString: string): Promise<string[]> {
  const lockClient = new pg.Client({ connectionString });
  await lockClient.connect();
  try {
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const names = await listMigrations();
    const migrationDirectories = await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"),
          },
        },
      })),
    );
    const lockfilePath = path.join(migrationsDir, "migration_lock.toml");
    const lockfile = { path: "migration_lock.toml", content: await readFile(lockfilePath, "utf8").catch(() => null) };
    const { engine, close } = await openSchemaEngine(connectionString, await readSchemaFiles());
    try {
      const out = await engine.applyMigrations({
        migrationsList: { baseDir: migrationsDir, lockfile, migrationDirectories, shadowDbInitScript: "" },
        filters: emptySchemaFilter,
      });
      return out.appliedMigrationNames;
    } finally {
      await close();
    }
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await lockClient.end();
  }
}
