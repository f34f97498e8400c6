import "server-only";
import { randomUUID } from "node:crypto";
import { fromPrisma } from "pg-boss";
import type { Tx } from "@/lib/db";
import { jobQueue, QUEUES } from "@/lib/jobs/queue";
import { toMessage, wants, type NotificationEvent } from "./core/events";

export type DeliveryJob = { targetId: string; message: ReturnType<typeof toMessage> };

// Retries: 15 s, 30 s, 1 min … capped at an hour, for about a day in all.
const RETRY = { retryLimit: 10, retryDelay: 15, retryBackoff: true, retryDelayMax: 3600 } as const;

/**
 * Queues one delivery per subscribed target, inside the caller's transaction: a rolled-back
 * change notifies no one, and a committed one is never forgotten.
 */
export async function publishNotification(tx: Tx, event: NotificationEvent): Promise<number> {
  const targets = await tx.notificationTarget.findMany({
    where: { orgId: event.orgId, enabled: true },
    select: { id: true, events: true },
  });
  // A test goes only to the target being tested.
  const testTarget = event.type === "test" ? (event.data.targetId as string) : null;
  const chosen = targets.filter((t) => (testTarget ? t.id === testTarget : wants(t.events, event.type)));
  if (chosen.length === 0) return 0;
  const boss = await jobQueue();
  const message = toMessage(`evt_${randomUUID()}`, event);
  for (const target of chosen) {
    const job: DeliveryJob = { targetId: target.id, message };
    await boss.send(QUEUES.notifications, job, { ...RETRY, db: fromPrisma(tx) });
  }
  return chosen.length;
}
