// Applies pending migrations to DATABASE_URL (or the embedded database), like `prisma migrate deploy`.
import { openDatabase } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";

const database = await openDatabase((m) => console.log(m));
try {
  const applied = await applyMigrations(database.url);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.",
  );
} finally {
  await database.stop();
}
// The WebAssembly engine leaves a timer behind for a few seconds; nothing is pending.
process.exit(0);
