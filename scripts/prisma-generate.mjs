// Generates the Prisma client on install. `prisma generate` needs no schema engine, but the
// CLI tries to download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file;
// pointing it at Node itself skips that download on machines without internet.
import { execFileSync } from "node:child_process";

execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
