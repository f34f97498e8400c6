import "server-only";
import pg from "pg";
import { pendingMigrations } from "@/lib/db/migrations-on-disk";
import { env } from "@/lib/env";

export async function databaseReadiness(): Promise<{
  status: "ready" | "not_ready";
  database: string;
  pendingMigrations?: string[];
}> {
  const url = env().DATABASE_URL;
  if (!url) return { status: "not_ready", database: "DATABASE_URL is not set" };
  // A short-lived client with a tight timeout: readiness must answer even when the pool is exhausted.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000, statement_timeout: 2_000 });
  try {
    await client.connect();
    const pending = await pendingMigrations(client);
    return pending.length
      ? { status: "not_ready", database: "reachable", pendingMigrations: pending }
      : { status: "ready", database: "reachable" };
  } catch {
    return { status: "not_ready", database: "unreachable" };
  } finally {
    await client.end().catch(() => {});
  }
}
