import { afterAll } from "vitest";

// Integration tests get DATABASE_URL from scripts/with-test-db.ts, which made a fresh database.
// Refuse anything else, so a stray DATABASE_URL can never point the suite at real data.
if (!process.env.VIGIL_TEST_DATA_DIR || !process.env.DATABASE_URL) {
  throw new Error("Run integration tests with `npm run test:integration` (it creates a fresh database).");
}

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
