import "server-only";
import { purgeOldLoginAttempts } from "@/lib/auth/login-limits";
import { purgeInboundDeliveries } from "@/lib/incidents/alerts/integrations";
import { nudgeLongCommands, remindUpdatesDue } from "@/lib/incidents/reminders";
import { log } from "@/lib/observability/log";
import { remindOverduePostmortems } from "@/lib/postmortems/reminders";
import { deliver } from "@/lib/notifications/deliver";
import type { DeliveryJob } from "@/lib/notifications/publish";
import { registerPrometheusPolling } from "@/lib/slo/prometheus/job";
import { upsertSliPoints } from "@/lib/slo/slis";
import { evaluateAllSloAlerts } from "@/lib/slo/alert-job";
import { deliverToSubscriber, fanOutStatusEvent } from "@/lib/statuspage/notify";
import type { StatusEvent } from "@/lib/statuspage/core/events";
import type { SubscriberJob } from "@/lib/statuspage/subscriptions";
import { jobQueue, QUEUES } from "./queue";

// Every worker and recurring schedule, registered once per instance at start (instrumentation.ts).
/** Registers this instance's workers and the recurring schedules (idempotent across instances). */
export async function startWorkers(): Promise<void> {
  const boss = await jobQueue();
  await boss.schedule(QUEUES.housekeeping, "*/15 * * * *");
  await boss.work(QUEUES.housekeeping, async () => {
    const purged = await purgeOldLoginAttempts();
    log.info({ purged }, "housekeeping: purged old sign-in attempts");
  });
  await boss.work<DeliveryJob>(
    QUEUES.notifications,
    { batchSize: 5, pollingIntervalSeconds: 1, perJobResults: true },
    async (jobs) => {
      // Settled one by one: a failing target is retried without re-sending the others.
      const results = await Promise.allSettled(jobs.map((job) => deliver(job.data, job.retryCount + 1)));
      return jobs.map((job, i) => ({
        id: job.id,
        status: results[i]?.status === "fulfilled" ? ("completed" as const) : ("failed" as const),
      }));
    },
  );
  await boss.schedule(QUEUES.inboundDeliveriesPurge, "7 * * * *");
  await boss.work(QUEUES.inboundDeliveriesPurge, async () => {
    log.info({ purged: await purgeInboundDeliveries() }, "forgot old inbound webhook message ids");
  });
  await registerPrometheusPolling(boss, upsertSliPoints);
  // pg-boss creates one job per cron minute across all instances; evaluation diffs against open episodes under a lock.
  await boss.schedule(QUEUES.sloAlerts, "* * * * *");
  await boss.work(QUEUES.sloAlerts, async () => {
    log.info(await evaluateAllSloAlerts(), "evaluated SLO burn-rate alerts");
  });
  await boss.schedule(QUEUES.incidentReminders, "* * * * *");
  await boss.work(QUEUES.incidentReminders, async () => {
    log.info({ nudged: await nudgeLongCommands(), updateReminders: await remindUpdatesDue() }, "incident reminders");
  });
  await boss.schedule(QUEUES.postmortemReminders, "0 9 * * *");
  await boss.work(QUEUES.postmortemReminders, async () => {
    log.info({ reminded: await remindOverduePostmortems() }, "sent overdue post-mortem reminders");
  });
  await boss.work<StatusEvent>(QUEUES.statusFanOut, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job)
      log.info(
        { event: job.data, deliveries: await fanOutStatusEvent(boss, job.data) },
        "queued status page subscriber notifications",
      );
  });
  await boss.work<SubscriberJob>(
    QUEUES.statusDeliver,
    { batchSize: 5, pollingIntervalSeconds: 1, perJobResults: true },
    async (jobs) => {
      const results = await Promise.allSettled(jobs.map((job) => deliverToSubscriber(job.data)));
      return jobs.map((job, i) => ({
        id: job.id,
        status: results[i]?.status === "fulfilled" ? ("completed" as const) : ("failed" as const),
      }));
    },
  );
  log.info({ queues: Object.values(QUEUES) }, "background workers started");
}
