import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { emailEnabled } from "@/lib/email/mailer";
import { notFound, validationFailed } from "@/lib/errors";
import { httpUrl } from "@/lib/core/http-url";
import { adminPolicy, destinationProblem } from "@/lib/outbound/request";
import { NOTIFICATION_EVENT_TYPES } from "./core/events";
import { publishNotification } from "./publish";

const targetBase = {
  name: z.string().trim().min(1, "Name the target, e.g. #incidents on Slack.").max(100),
  events: z.array(z.enum(NOTIFICATION_EVENT_TYPES)).default([]),
};
const webhookUrl = httpUrl("Enter the full http(s) URL, starting with https://");

export const targetSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...targetBase, kind: z.literal("webhook"), url: webhookUrl }),
    z.object({ ...targetBase, kind: z.literal("slack"), url: webhookUrl }),
    z.object({
      ...targetBase,
      kind: z.literal("email"),
      email: z.email("Enter an email address, e.g. incidents@example.com (a list address works well)."),
    }),
  ],
  { error: "The kind is webhook, slack or email." },
);

const fields = {
  id: true,
  name: true,
  kind: true,
  url: true,
  email: true,
  events: true,
  enabled: true,
  createdAt: true,
} as const;

export async function listTargets(ctx: OrgContext) {
  authorize(ctx, "config:write");
  return db.notificationTarget.findMany({
    where: { orgId: ctx.org.id },
    select: fields,
    orderBy: { createdAt: "asc" },
  });
}

/** Returns the signing secret once; receivers verify `webhook-signature` with it. */
export async function createTarget(ctx: OrgContext, input: z.infer<typeof targetSchema>) {
  authorize(ctx, "config:write");
  if (input.kind === "email" && !emailEnabled())
    throw validationFailed(
      "Email is switched off: set SMTP_URL and SMTP_FROM (see README, Configuration) to send notifications by email.",
    );
  if (input.kind !== "email") {
    // Deliveries are checked again at connect time; refusing here tells the admin at once.
    const problem = await destinationProblem(input.url, adminPolicy());
    if (problem) throw validationFailed(`The URL is refused. ${problem}`, [{ path: "url", message: problem }]);
  }
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  const target = await db.$transaction(async (tx) => {
    const created = await tx.notificationTarget.create({
      data: { ...input, orgId: ctx.org.id, secret },
      select: fields,
    });
    await recordAudit(tx, ctx, {
      action: "notification_target.created",
      entityType: "notification_target",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { target, secret };
}

async function ownTarget(ctx: OrgContext, id: string) {
  const target = await db.notificationTarget.findFirst({ where: { id, orgId: ctx.org.id }, select: fields });
  if (!target) throw notFound("Notification target");
  return target;
}

export async function setTargetEnabled(ctx: OrgContext, id: string, enabled: boolean) {
  authorize(ctx, "config:write");
  const before = await ownTarget(ctx, id);
  return db.$transaction(async (tx) => {
    const after = await tx.notificationTarget.update({ where: { id: before.id }, data: { enabled }, select: fields });
    await recordAudit(tx, ctx, {
      action: enabled ? "notification_target.enabled" : "notification_target.disabled",
      entityType: "notification_target",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteTarget(ctx: OrgContext, id: string) {
  authorize(ctx, "config:write");
  const before = await ownTarget(ctx, id);
  await db.$transaction(async (tx) => {
    await tx.notificationTarget.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: "notification_target.deleted",
      entityType: "notification_target",
      entityId: id,
      before,
    });
  });
}

/** Sends a test message to one target through the normal queue, so it exercises the real path. */
export async function sendTestNotification(ctx: OrgContext, id: string) {
  authorize(ctx, "config:write");
  const target = await ownTarget(ctx, id);
  await db.$transaction((tx) =>
    publishNotification(tx, {
      type: "test",
      orgId: ctx.org.id,
      private: false,
      title: "Test notification from Vigil",
      text: `If you can read this, "${target.name}" receives Vigil's notifications.`,
      data: { targetId: target.id },
      occurredAt: new Date(),
    }),
  );
}

export async function recentDeliveries(ctx: OrgContext, targetId: string, take = 50) {
  authorize(ctx, "config:write");
  await ownTarget(ctx, targetId);
  return db.notificationDelivery.findMany({ where: { targetId }, orderBy: { id: "desc" }, take });
}
