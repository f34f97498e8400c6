import path from "node:path";
import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate everywhere; migrate deploy where Prisma's native engine
// can be fetched). Vigil itself applies migrations with the WebAssembly engine: lib/db/migrate.ts.
export default defineConfig({
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/vigil" },
});
