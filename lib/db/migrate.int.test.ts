import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, pendingMigrations } from "@/lib/db/migrate";

const run = promisify(execFile);

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("migrations", () => {
  it("applies every migration exactly once when three instances start at the same moment", async () => {
    const url = await freshDatabase("vigil_migrate_race");
    // Separate processes, as separate app instances would be.
    const outputs = await Promise.all(
      [1, 2, 3].map(() =>
        run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db-migrate.ts"], {
          env: { ...process.env, DATABASE_URL: url },
        }),
      ),
    );
    const all = await listMigrations();
    const appliedBy = outputs.filter((o) => o.stdout.includes("Applied"));
    expect(appliedBy).toHaveLength(1);
    expect(outputs.filter((o) => o.stdout.includes("up to date"))).toHaveLength(2);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(await pendingMigrations(client)).toEqual([]);
      const rows = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL");
      expect(rows.rows.map((r) => r.migration_name).sort()).toEqual(all);
    } finally {
      await client.end();
    }
    expect(await applyMigrations(url)).toEqual([]);
  }, 60_000);

  it("reports pending migrations on an empty database", async () => {
    const url = await freshDatabase("vigil_migrate_empty");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(await pendingMigrations(client)).toEqual(await listMigrations());
    } finally {
      await client.end();
    }
  });
});
