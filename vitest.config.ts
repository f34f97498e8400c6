import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests live beside the code (`*.test.ts`); integration tests that need PostgreSQL
// are named `*.int.test.ts`; `npm run test:integration` runs them against a fresh PostgreSQL.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next's bundler guards server-only modules; in tests they are plain modules.
      "server-only": path.resolve(import.meta.dirname, "tests/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          setupFiles: ["tests/integration-setup.ts"],
          // Receivers, Prometheus and webhooks in tests listen on 127.0.0.1; lib/outbound refuses
          // loopback unless allowed, so the tests allow it as an operator would (docs/security.md).
          env: { OUTBOUND_ALLOW_PRIVATE: "true" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
