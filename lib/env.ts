import { z } from "zod";
import { parseNetworks } from "./outbound/core/policy";

// Every environment variable Vigil reads is declared and validated here, once;
// nothing else reads process.env. The README's configuration table mirrors this schema.
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    VIGIL_DATA_DIR: z.string().default(".vigil-data"),
    VIGIL_DEMO_DATA: bool.optional(),
    VIGIL_JOBS: bool.default(true),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().default("0.0.0.0"),
    NEXTAUTH_URL: z.string().url().optional(),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    // Next.js's key for server-action ids; must be the same on every instance (32 bytes, base64).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string().optional(),
    SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(12),
    METRICS_TOKEN: z.string().min(16).optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("Single sign-on"),
    GITHUB_CLIENT_ID: z.string().optional(),
    GITHUB_CLIENT_SECRET: z.string().optional(),
    GOOGLE_CLIENT_ID: z.string().optional(),
    GOOGLE_CLIENT_SECRET: z.string().optional(),
    // The `npm run vigil` commands that talk to a running Vigil (apply, diff, export).
    VIGIL_URL: z.string().url().default("http://localhost:3000"),
    VIGIL_TOKEN: z.string().optional(),
    // Outgoing email (status page subscriptions): smtp://user:pass@host:587 or smtps://…:465.
    SMTP_URL: z
      .string()
      .url()
      .refine((u) => /^smtps?:$/.test(new URL(u).protocol), "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    SMTP_FROM: z.string().min(3).optional(),
    // Subscriber webhooks to loopback and private addresses (refused by default: anyone may subscribe one).
    SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE: bool.default(false),
    // Admin-configured destinations (Prometheus, notification targets) on loopback and private
    // addresses; or only the networks listed. Link-local and cloud metadata stay refused (lib/outbound).
    OUTBOUND_ALLOW_PRIVATE: bool.default(false),
    OUTBOUND_ALLOWED_NETWORKS: z
      .string()
      .refine((list) => {
        try {
          parseNetworks(list);
          return true;
        } catch {
          return false;
        }
      }, "OUTBOUND_ALLOWED_NETWORKS is a comma-separated list of addresses and CIDR ranges, e.g. 10.20.0.0/16,192.168.1.5")
      .optional(),
  })
  .refine((e) => !e.SMTP_URL || e.SMTP_FROM, {
    path: ["SMTP_FROM"],
    message: 'SMTP_FROM is required with SMTP_URL, e.g. "Acme status <status@acme.example>"',
  });

export type Env = z.infer<typeof schema>;

/** Problems that make a production start unsafe; the start script prints them and exits. */
export function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (!env.DATABASE_URL)
    problems.push("DATABASE_URL is required in production (the embedded database is for local use).");
  if (!env.NEXTAUTH_SECRET)
    problems.push(
      "NEXTAUTH_SECRET is required in production: a random string of 32+ characters, the same on every instance.",
    );
  if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)
    problems.push(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required in production: `openssl rand -base64 32`, the same on every instance.",
    );
  if (!env.NEXTAUTH_URL)
    problems.push("NEXTAUTH_URL is required in production: the public URL of Vigil, e.g. https://vigil.example.com.");
  return problems;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset" (a common result of `FOO= npm start`).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Vigil's public URL, for links in notifications, invites and feeds (never VIGIL_URL, which is the CLI's target). */
export function publicUrl(): string {
  const config = env();
  return (config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}

/** For command-line tools that start the embedded database and then use the normal data layer. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = { ...env(), DATABASE_URL: url };
}
