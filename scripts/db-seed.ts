// `npm run db:seed`: loads the demo organization into DATABASE_URL (or the embedded database).
import { openDatabase } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./seed-demo";

const database = await openDatabase((m) => console.log(m));
try {
  await applyMigrations(database.url);
  const { created } = await seedDemo(database.url);
  console.log(created ? "Loaded the demo organization (slug: demo)." : "The demo organization is already there; nothing changed.");
  console.log(`Sign in as ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")} with the password ${DEMO_PASSWORD}.`);
} finally {
  await database.stop();
}
process.exit(0); // see scripts/db-migrate.ts
