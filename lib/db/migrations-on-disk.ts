import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";

// What is on disk and what the database has applied; no schema engine needed (used by /api/ready).
export const prismaDir = path.join(process.cwd(), "prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const schemaDir = path.join(prismaDir, "schema");

/** The schema's files (one per domain area), in a stable order. */
export async function readSchemaFiles(): Promise<{ path: string; content: string }[]> {
  const names = (await readdir(schemaDir)).filter((n) => n.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(async (n) => ({
      path: path.join(schemaDir, n),
      content: await readFile(path.join(schemaDir, n), "utf8"),
    })),
  );
}

export async function listMigrations(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Migrations on disk that the database has not recorded as finished. */
export async function pendingMigrations(client: pg.ClientBase): Promise<string[]> {
  const onDisk = await listMigrations();
  const table = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
  );
  if (!table.rows[0]?.exists) return onDisk;
  const done = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const applied = new Set(done.rows.map((r) => r.migration_name));
  return onDisk.filter((m) => !applied.has(m));
}
