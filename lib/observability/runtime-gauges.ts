import "server-only";
import { dbPool } from "@/lib/db";
import { jobCounts } from "@/lib/jobs/queue";
import { metrics } from "./metrics";

/** Gauges read at scrape time rather than kept up to date on every change. */
export async function collectRuntimeGauges(): Promise<void> {
  metrics.poolConnections.set({ state: "total" }, dbPool.totalCount);
  metrics.poolConnections.set({ state: "idle" }, dbPool.idleCount);
  metrics.poolConnections.set({ state: "waiting" }, dbPool.waitingCount);
  for (const row of await jobCounts().catch(() => []))
    metrics.jobs.set({ queue: row.queue, state: row.state }, row.count);
}
