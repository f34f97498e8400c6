import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Two Vigil instances against one fresh PostgreSQL (scripts/with-test-db.ts provides
// DATABASE_URL): the suite also proves the app is stateless across instances.
// E2E_PORT moves both (default 3100 and 3101), so two checkouts can run their suites at once.
const basePort = Number(process.env.E2E_PORT ?? 3100);
export const INSTANCE_A = `http://localhost:${basePort}`;
export const INSTANCE_B = `http://localhost:${basePort + 1}`;

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

const serverEnv = {
  DATABASE_URL: process.env.DATABASE_URL ?? "",
  NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-for-next-auth-0123456789",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "mOa3TNk5G1fWQiGZ+jSvJYgkYHXHNKZYC2wv5V7rJlE=",
  VIGIL_DEMO_DATA: "false",
  LOG_LEVEL: "warn",
  // The status page tests subscribe a webhook receiver on loopback; Prometheus runs on loopback too.
  SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE: "true",
  OUTBOUND_ALLOW_PRIVATE: "true",
};

const instance = (port: number) => ({
  command: `node node_modules/next/dist/bin/next start -p ${port}`,
  url: `http://localhost:${port}/api/ready`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { ...serverEnv, NEXTAUTH_URL: `http://localhost:${port}` },
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: INSTANCE_A,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [instance(basePort), instance(basePort + 1)],
});
