import "server-only";
import { fromPrisma } from "pg-boss";
import type { Tx } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/queue";
import { DELIVERY_RETRY, STATUS_QUEUES, type StatusEvent } from "./queues";

/**
 * Queues a public event for status page subscribers inside the caller's transaction, so a
 * rolled-back change notifies no one. `startAfter` holds it until then (maintenance starting
 * and ending by the clock).
 */
export async function queueStatusEvent(tx: Tx, event: StatusEvent, startAfter?: Date): Promise<void> {
  const boss = await jobQueue();
  await boss.send(STATUS_QUEUES.fanOut, event, { ...DELIVERY_RETRY, db: fromPrisma(tx), ...(startAfter ? { startAfter } : {}) });
}
