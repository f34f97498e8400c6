import "server-only";
import type { PgBoss } from "pg-boss";
import { QUEUES } from "@/lib/jobs/queue";
import { log } from "@/lib/observability/log";
import { pollAllPrometheusSlis, type PointWriter } from "./poll";

/**
 * Every minute, once across all instances (a pg-boss schedule), poll every Prometheus SLI.
 * A tick that overlaps a slow previous one skips the SLIs still locked by it.
 */
export async function registerPrometheusPolling(boss: PgBoss, write: PointWriter): Promise<void> {
  await boss.schedule(QUEUES.sloPrometheusPoll, "* * * * *");
  await boss.work(QUEUES.sloPrometheusPoll, async () => {
    const outcomes = await pollAllPrometheusSlis(write);
    const counts: Record<string, number> = {};
    for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
    log.info({ counts, points: outcomes.reduce((n, o) => n + (o.points ?? 0), 0) }, "prometheus poll tick");
  });
}
