import "server-only";
import { PgBoss } from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";

// Background work runs on pg-boss: jobs live in PostgreSQL, so any instance may run them
// and each scheduled tick runs once however many instances are up. This module holds the
// queue and every queue's name and imports no worker, so code that sends a job can import it
// without a cycle; lib/jobs/workers.ts registers the workers.
const globalForJobs = globalThis as unknown as { vigilBoss?: Promise<PgBoss> };

export const QUEUES = {
  housekeeping: "housekeeping",
  notifications: "notifications",
  inboundDeliveriesPurge: "inbound-deliveries-purge",
  sloPrometheusPoll: "slo-prometheus-poll",
  sloAlerts: "slo-alerts",
  incidentReminders: "incident-reminders",
  postmortemReminders: "postmortem-reminders",
  /** One job per public event: finds the status pages and subscribers it concerns. */
  statusFanOut: "status-notify",
  /** One job per subscriber and message (or confirmation email), retried on its own. */
  statusDeliver: "status-deliver",
} as const;

async function createBoss(): Promise<PgBoss> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 4 });
  boss.on("error", (err) => log.error({ err }, "job queue error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  return boss;
}

export function jobQueue(): Promise<PgBoss> {
  globalForJobs.vigilBoss ??= createBoss();
  return globalForJobs.vigilBoss;
}

/** Whether this process has started the queue (the metrics endpoint must not start it). */
export function jobQueueStarted(): boolean {
  return globalForJobs.vigilBoss !== undefined;
}

export async function jobCounts(): Promise<{ queue: string; state: string; count: number }[]> {
  if (!jobQueueStarted()) return [];
  const boss = await jobQueue();
  const queues = await boss.getQueues(Object.values(QUEUES));
  return queues.flatMap((q) => [
    { queue: q.name, state: "queued", count: q.queuedCount },
    { queue: q.name, state: "active", count: q.activeCount },
    { queue: q.name, state: "failed", count: q.failedCount },
  ]);
}
