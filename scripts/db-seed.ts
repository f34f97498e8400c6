// `npm run db:seed`: loads the demo organization into DATABASE_URL (or the embedded database).
// Runs with `--conditions=react-server`: the demo is written through Vigil's server-side data layer.
import { openDatabase } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { setDatabaseUrl } from "../lib/env";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./seed-demo";

const database = await openDatabase((m) => console.log(m));
try {
  await applyMigrations(database.url);
  setDatabaseUrl(database.url);
  const { created } = await seedDemo();
  console.log(
    created ? "Loaded the demo organization (slug: demo)." : "The demo organization is already there; nothing changed.",
  );
  console.log(
    `Sign in as ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")} with the password ${DEMO_PASSWORD}.`,
  );
} finally {
  await database.stop();
}
process.exit(0); // see scripts/db-migrate.ts
