import "server-only";
import { QUEUES } from "@/lib/jobs/queue";
import type { PgBoss } from "pg-boss";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/email/mailer";
import { log } from "@/lib/observability/log";
import { publicIdFor } from "./core/ids";
import { maintenanceStatus } from "./core/maintenance";
import { confirmationMessage, notificationMessage, personalize, type SubscriberMessage } from "./core/messages";
import { DELIVERY_RETRY, type StatusEvent } from "./core/events";
import { serializeIncident, serializeMaintenance, snapshotStatus } from "./core/serialize";
import { loadStatusSnapshot, publicReaderContext, statusPageUrl } from "./snapshot";
import { subscriberWants } from "./core/subscriptions";
import type { SubscriberJob } from "./subscriptions";
import { postSignedJson } from "./webhook-post";
import { subscriberPolicy } from "@/lib/outbound/request";

// The two workers of status page subscriptions: the fan-out turns one public event into one
// delivery job per interested subscriber; the delivery sends one email or webhook.

type Target = { pageId: string; message: SubscriberMessage; affectedComponentIds: string[] };

// Stable per event, so a retried fan-out repeats the webhook-id receivers de-duplicate on.
const messageId = (event: StatusEvent) =>
  `msg_${publicIdFor("status-event", [event.kind, event.reason, event.kind === "incident" ? event.incidentId : event.maintenanceId, event.updateId ?? ("at" in event ? event.at : undefined) ?? ""].join(":"))}`;

async function incidentTargets(event: Extract<StatusEvent, { kind: "incident" }>, now: Date): Promise<Target[]> {
  // Read at delivery time: an incident made private since is told to no one.
  const incident = await db.incident.findFirst({
    where: { id: event.incidentId, orgId: event.orgId, private: false },
    select: { services: { select: { serviceId: true } }, org: { select: { id: true, slug: true, name: true } } },
  });
  if (!incident) return [];
  const serviceIds = incident.services.map((s) => s.serviceId);
  const pages = await db.statusPage.findMany({
    where: { orgId: event.orgId, published: true, components: { some: { serviceId: { in: serviceIds } } } },
    select: { id: true },
  });
  const ctx = publicReaderContext(incident.org);
  const targets: Target[] = [];
  for (const page of pages) {
    const snapshot = await loadStatusSnapshot(ctx, page.id, now);
    const shown = snapshot.incidents.find((i) => i.id === event.incidentId);
    if (!shown) continue;
    if (event.updateId && !shown.updates.some((u) => u.id === event.updateId)) continue;
    const message = notificationMessage(
      messageId(event),
      { id: snapshot.page.id, name: snapshot.page.name, url: snapshot.page.url, status: snapshotStatus(snapshot) },
      serializeIncident(snapshot, shown),
    );
    targets.push({ pageId: page.id, message, affectedComponentIds: shown.components.map((c) => c.id) });
  }
  return targets;
}

async function maintenanceTargets(event: Extract<StatusEvent, { kind: "maintenance" }>, now: Date): Promise<Target[]> {
  const m = await db.scheduledMaintenance.findFirst({
    where: { id: event.maintenanceId, orgId: event.orgId, page: { published: true } },
    select: {
      pageId: true,
      scheduledFor: true,
      scheduledUntil: true,
      verifyingAt: true,
      completedAt: true,
      page: { select: { org: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!m) return [];
  // The clock's own steps: skipped when the window moved, or was completed by hand (that update told everyone).
  if (
    event.reason === "started" &&
    (event.at !== m.scheduledFor.toISOString() || maintenanceStatus(m, now) === "completed")
  )
    return [];
  if (event.reason === "completed" && (event.at !== m.scheduledUntil.toISOString() || m.completedAt)) return [];
  const snapshot = await loadStatusSnapshot(publicReaderContext(m.page.org), m.pageId, now);
  const shown = snapshot.maintenances.find((x) => x.id === event.maintenanceId);
  if (!shown) return [];
  const message = notificationMessage(
    messageId(event),
    { id: snapshot.page.id, name: snapshot.page.name, url: snapshot.page.url, status: snapshotStatus(snapshot) },
    serializeMaintenance(snapshot, shown, now),
  );
  return [{ pageId: m.pageId, message, affectedComponentIds: shown.components.map((c) => c.id) }];
}

/** The fan-out worker: queues one delivery per confirmed subscriber who wants this event. */
export async function fanOutStatusEvent(boss: PgBoss, event: StatusEvent, now = new Date()): Promise<number> {
  const targets = event.kind === "incident" ? await incidentTargets(event, now) : await maintenanceTargets(event, now);
  const jobs: { data: SubscriberJob }[] = [];
  for (const target of targets) {
    const subscribers = await db.subscriber.findMany({
      where: { pageId: target.pageId, confirmedAt: { not: null } },
      select: { id: true, components: { select: { componentId: true } } },
    });
    for (const s of subscribers) {
      if (
        !subscriberWants(
          s.components.map((c) => c.componentId),
          target.affectedComponentIds,
        )
      )
        continue;
      jobs.push({ data: { kind: "notify", subscriberId: s.id, message: target.message } });
    }
  }
  for (let i = 0; i < jobs.length; i += 500)
    await boss.insert(
      QUEUES.statusDeliver,
      jobs.slice(i, i + 500).map((j) => ({ ...j, ...DELIVERY_RETRY })),
    );
  return jobs.length;
}

/** The delivery worker: one attempt; throwing makes pg-boss retry it with backoff. */
export async function deliverToSubscriber(job: SubscriberJob, now = new Date()): Promise<void> {
  const s = await db.subscriber.findUnique({
    where: { id: job.subscriberId },
    select: {
      id: true,
      kind: true,
      email: true,
      webhookUrl: true,
      webhookSecret: true,
      confirmedAt: true,
      unsubscribeToken: true,
      page: { select: { slug: true, hostName: true, name: true } },
    },
  });
  if (!s) return; // unsubscribed meanwhile
  const pageUrl = statusPageUrl(s.page);
  try {
    if (job.kind === "confirm") {
      if (s.confirmedAt || !s.email) return;
      const mail = confirmationMessage(
        s.page.name,
        `${pageUrl}/subscriptions/confirm?token=${encodeURIComponent(job.token)}`,
      );
      await sendMail({ to: s.email, ...mail });
    } else {
      if (!s.confirmedAt) return;
      const unsubscribeUrl = `${pageUrl}/subscriptions/unsubscribe?token=${encodeURIComponent(s.unsubscribeToken)}`;
      const personal = personalize(job.message, unsubscribeUrl);
      if (s.kind === "email" && s.email) {
        await sendMail({
          to: s.email,
          subject: personal.subject,
          text: personal.text,
          html: personal.html,
          unsubscribeUrl,
          threadId: job.message.threadId,
        });
      } else if (s.kind === "webhook" && s.webhookUrl && s.webhookSecret) {
        await postSignedJson(
          s.webhookUrl,
          s.webhookSecret,
          job.message.id,
          JSON.stringify(personal.payload),
          subscriberPolicy(),
        );
      }
    }
    await db.subscriber.update({ where: { id: s.id }, data: { lastDeliveredAt: now, lastDeliveryError: null } });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db.subscriber.updateMany({ where: { id: s.id }, data: { lastDeliveryError: error.slice(0, 500) } });
    log.warn({ subscriberId: s.id, kind: job.kind, error }, "status subscriber delivery failed; will retry");
    throw e;
  }
}
