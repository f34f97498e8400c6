import "server-only";
import { fromPrisma } from "pg-boss";
import type { Tx } from "@/lib/db";
import { jobQueue, QUEUES } from "@/lib/jobs/queue";
import { DELIVERY_RETRY, type StatusEvent } from "./core/events";

/**
 * Queues a public event for status page subscribers inside the caller's transaction, so a
 * rolled-back change notifies no one. An organization without confirmed subscribers queues
 * nothing (most incident changes), except events held for later with `startAfter`
 * (maintenance starting and ending by the clock), since someone may subscribe meanwhile.
 */
export async function queueStatusEvent(tx: Tx, event: StatusEvent, startAfter?: Date): Promise<void> {
  if (!startAfter) {
    const anyone = await tx.subscriber.findFirst({
      where: { orgId: event.orgId, confirmedAt: { not: null } },
      select: { id: true },
    });
    if (!anyone) return;
  }
  const boss = await jobQueue();
  // pg-boss drops jobs not started within their retention (14 days by default): a window
  // scheduled further ahead keeps its job until a day past its moment.
  const retentionSeconds = startAfter
    ? Math.max(14 * 86_400, Math.ceil((startAfter.getTime() - Date.now()) / 1000) + 86_400)
    : undefined;
  await boss.send(QUEUES.statusFanOut, event, {
    ...DELIVERY_RETRY,
    db: fromPrisma(tx),
    ...(startAfter ? { startAfter, retentionSeconds } : {}),
  });
}
