import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";

// One pool and one client per process. pg's default pool has no acquire timeout and no
// statement timeout, so a dead or stuck database would hang requests instead of failing them.
function createPool(): pg.Pool {
  const config = env();
  if (!config.DATABASE_URL)
    throw new Error("DATABASE_URL is not set: start Vigil with `npm start`, which provides one.");
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by a restarting or unreachable database is an 'error' event;
  // unhandled, it would end the process, which must keep serving what it can (status pages).
  pool.on("error", (err) => log.warn({ err: err.message }, "idle database connection lost"));
  return pool;
}

const globalForDb = globalThis as unknown as { vigilPool?: pg.Pool; vigilPrisma?: PrismaClient };

/** Created on first use, so importing this module (e.g. while `next build` collects routes) needs no database. */
function lazy<T extends object>(create: () => T): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = create();
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const pool = () => (globalForDb.vigilPool ??= createPool());
export const dbPool: pg.Pool = lazy(pool);
export const db: PrismaClient = lazy(
  () => (globalForDb.vigilPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) })),
);

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
