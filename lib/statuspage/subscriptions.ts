import "server-only";
import { randomBytes } from "node:crypto";
import { fromPrisma } from "pg-boss";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { generateSecret, hashSecret } from "@/lib/auth/core/secrets";
import { db } from "@/lib/db";
import { emailEnabled } from "@/lib/email/mailer";
import { env } from "@/lib/env";
import {
  badRequest,
  conflict,
  DomainError,
  notFound,
  rateLimited,
  validationFailed,
  isUniqueViolation,
} from "@/lib/errors";
import { jobQueue, QUEUES } from "@/lib/jobs/queue";
import { newPublicId } from "./core/ids";
import type { SubscriberMessage } from "./core/messages";
import { getStatusPage } from "./pages";
import { DELIVERY_RETRY } from "./core/events";
import type { SubscribeInput } from "./core/schemas";
import {
  CONFIRM_TTL_MS,
  confirmationExpired,
  MAX_PENDING_PER_HOUR,
  MAX_WEBHOOKS_PER_HOUR,
  MAX_WEBHOOKS_PER_ORIGIN,
  mayResendConfirmation,
  webhookAddressProblem,
} from "./core/subscriptions";

/** The published page a public subscription request is for (from the public cache). */
export type SubscriptionPage = { pageId: string; orgId: string };

export type SubscriberJob =
  | { kind: "confirm"; subscriberId: string; token: string }
  | { kind: "notify"; subscriberId: string; message: SubscriberMessage };

export type SubscribeResult =
  { kind: "email"; email: string } | { kind: "webhook"; secret: string; unsubscribeToken: string };

const unsubscribeToken = () => randomBytes(24).toString("base64url");

async function checkComponents(page: SubscriptionPage, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await db.statusComponent.count({
    where: { orgId: page.orgId, pageId: page.pageId, id: { in: unique } },
  });
  if (found !== unique.length)
    throw validationFailed("Some of the chosen components are not on this page.", [
      { path: "componentIds", message: "Choose components of this page." },
    ]);
  return unique;
}

/**
 * Starts a subscription. Email: double opt-in, the confirmation goes out through the job queue;
 * the answer is the same whether or not the address was already subscribed, so the form cannot
 * reveal who follows a page. Webhook: active at once, with its signing secret shown this once.
 */
export async function subscribe(
  page: SubscriptionPage,
  input: SubscribeInput,
  now = new Date(),
): Promise<SubscribeResult> {
  const componentIds = await checkComponents(page, input.componentIds);
  return input.kind === "email"
    ? subscribeEmail(page, input.email, componentIds, now)
    : subscribeWebhook(page, input.url, componentIds, now);
}

async function subscribeEmail(
  page: SubscriptionPage,
  email: string,
  componentIds: string[],
  now: Date,
): Promise<SubscribeResult> {
  if (!emailEnabled())
    throw badRequest("This status page does not send email; subscribe a webhook or follow its Atom or RSS feed.");
  const result: SubscribeResult = { kind: "email", email };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.subscriber.findUnique({
        where: { pageId_email: { pageId: page.pageId, email } },
        select: { id: true, confirmedAt: true, confirmExpiresAt: true },
      });
      if (existing?.confirmedAt) return result;
      if (existing && !mayResendConfirmation(existing.confirmExpiresAt, now)) return result;
      if (!existing) {
        const pending = await tx.subscriber.count({
          where: {
            pageId: page.pageId,
            kind: "email",
            confirmedAt: null,
            createdAt: { gte: new Date(now.getTime() - 3_600_000) },
          },
        });
        if (pending >= MAX_PENDING_PER_HOUR)
          throw rateLimited(
            "Too many subscriptions are waiting for confirmation on this page; try again in an hour.",
            3600,
          );
      }
      const token = generateSecret();
      const confirm = {
        confirmTokenHash: hashSecret(token),
        confirmExpiresAt: new Date(now.getTime() + CONFIRM_TTL_MS),
      };
      const components = { create: componentIds.map((componentId) => ({ componentId })) };
      const subscriber = existing
        ? await tx.subscriber.update({
            where: { id: existing.id },
            data: { ...confirm, components: { deleteMany: {}, ...components } },
            select: { id: true },
          })
        : await tx.subscriber.create({
            data: {
              id: newPublicId(),
              orgId: page.orgId,
              pageId: page.pageId,
              kind: "email",
              email,
              unsubscribeToken: unsubscribeToken(),
              createdAt: now,
              ...confirm,
              components,
            },
            select: { id: true },
          });
      const job: SubscriberJob = { kind: "confirm", subscriberId: subscriber.id, token };
      await (await jobQueue()).send(QUEUES.statusDeliver, job, { ...DELIVERY_RETRY, db: fromPrisma(tx) });
      return result;
    });
  } catch (e) {
    // Two requests for the same address at once: the other one sends the email.
    if (isUniqueViolation(e)) return result;
    throw e;
  }
}

async function subscribeWebhook(
  page: SubscriptionPage,
  url: string,
  componentIds: string[],
  now: Date,
): Promise<SubscribeResult> {
  const problem = webhookAddressProblem(url, env().SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE);
  if (problem) throw validationFailed(problem, [{ path: "url", message: problem }]);
  const origin = new URL(url).origin;
  const [lastHour, sameOrigin] = await Promise.all([
    db.subscriber.count({
      where: { pageId: page.pageId, kind: "webhook", createdAt: { gte: new Date(now.getTime() - 3_600_000) } },
    }),
    db.subscriber.count({
      where: {
        pageId: page.pageId,
        kind: "webhook",
        OR: [{ webhookUrl: origin }, ...["/", "?", "#"].map((c) => ({ webhookUrl: { startsWith: origin + c } }))],
      },
    }),
  ]);
  if (lastHour >= MAX_WEBHOOKS_PER_HOUR)
    throw rateLimited("Too many webhooks were subscribed to this page in the last hour; try again later.", 3600);
  if (sameOrigin >= MAX_WEBHOOKS_PER_ORIGIN)
    throw conflict(
      `This page already sends to ${MAX_WEBHOOKS_PER_ORIGIN} webhooks at ${origin}; unsubscribe one first.`,
    );
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  const token = unsubscribeToken();
  try {
    await db.subscriber.create({
      data: {
        id: newPublicId(),
        orgId: page.orgId,
        pageId: page.pageId,
        kind: "webhook",
        webhookUrl: url,
        webhookSecret: secret,
        confirmedAt: now,
        unsubscribeToken: token,
        createdAt: now,
        components: { create: componentIds.map((componentId) => ({ componentId })) },
      },
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(
        "This webhook is already subscribed to this page. To change it, unsubscribe it with the link in any delivery (meta.unsubscribe) and subscribe again.",
      );
    throw e;
  }
  return { kind: "webhook", secret, unsubscribeToken: token };
}

/** The confirmation link's POST: the subscription starts receiving notifications. */
export async function confirmSubscription(
  page: SubscriptionPage,
  token: string,
  now = new Date(),
): Promise<{ email: string | null }> {
  const subscriber = await db.subscriber.findFirst({
    where: { pageId: page.pageId, confirmTokenHash: hashSecret(token) },
    select: { id: true, email: true, confirmExpiresAt: true },
  });
  if (!subscriber) throw new DomainError("not_found", 404, "This confirmation link is unknown or was already used.");
  if (confirmationExpired(subscriber.confirmExpiresAt, now))
    throw new DomainError("bad_request", 410, "This confirmation link has expired. Subscribe again to get a new one.");
  await db.subscriber.update({
    where: { id: subscriber.id },
    data: { confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
  return { email: subscriber.email };
}

/** Who a one-click unsubscribe link belongs to (shown before confirming it), or null. */
export async function subscriberOfUnsubscribeToken(page: SubscriptionPage, token: string) {
  return db.subscriber.findFirst({
    where: { pageId: page.pageId, unsubscribeToken: token },
    select: { kind: true, email: true, webhookUrl: true },
  });
}

/** RFC 8058 one-click unsubscribe (and the unsubscribe page's button). Idempotent. */
export async function unsubscribe(page: SubscriptionPage, token: string): Promise<boolean> {
  const { count } = await db.subscriber.deleteMany({ where: { pageId: page.pageId, unsubscribeToken: token } });
  return count > 0;
}

// Subscribers are people's addresses: only those who configure pages see them.
export async function listSubscribers(ctx: OrgContext, pageId: string) {
  authorize(ctx, "config:write");
  const page = await getStatusPage(ctx, pageId);
  return db.subscriber.findMany({
    where: { orgId: ctx.org.id, pageId: page.id },
    select: {
      id: true,
      kind: true,
      email: true,
      webhookUrl: true,
      confirmedAt: true,
      createdAt: true,
      lastDeliveredAt: true,
      lastDeliveryError: true,
      components: { select: { component: { select: { id: true, name: true } } } },
    },
    orderBy: { createdAt: "desc" },
  });
}

export async function removeSubscriber(ctx: OrgContext, subscriberId: string) {
  authorize(ctx, "config:write");
  const before = await db.subscriber.findFirst({
    where: { id: subscriberId, orgId: ctx.org.id },
    select: { id: true, pageId: true, kind: true, email: true, webhookUrl: true },
  });
  if (!before) throw notFound("Subscriber");
  await db.$transaction(async (tx) => {
    await tx.subscriber.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: "statuspage.subscriber_removed",
      entityType: "subscriber",
      entityId: before.id,
      before,
    });
  });
}
