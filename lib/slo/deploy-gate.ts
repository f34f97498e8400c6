import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { blockingSlos } from "./core/deploy-gate";
import { allSloStatuses } from "./status";

const MAX_EXCEPTION_HOURS = 7 * 24;

export const exceptionSchema = z.object({
  reason: z.string().trim().min(3, "Say why deploys may bypass the freeze (e.g. the fix for the outage).").max(500),
  durationMinutes: z
    .number()
    .int()
    .min(5, "An exception lasts 5 minutes to 7 days.")
    .max(MAX_EXCEPTION_HOURS * 60, "An exception lasts 5 minutes to 7 days."),
});
export type ExceptionInput = z.infer<typeof exceptionSchema>;

async function serviceOf(ctx: OrgContext, slug: string) {
  const service = await db.service.findFirst({
    where: { orgId: ctx.org.id, slug },
    select: { id: true, slug: true, name: true },
  });
  if (!service) throw notFound("Service");
  return service;
}

/** Whether `slug` may deploy now: blocked by any SLO over its freeze threshold, unless an exception is active. */
export async function deployGate(ctx: OrgContext, slug: string, at = Date.now()) {
  authorize(ctx, "org:read");
  const service = await serviceOf(ctx, slug);
  const [statuses, exception] = await Promise.all([
    allSloStatuses(ctx, at, { serviceId: service.id }),
    db.deployGateException.findFirst({
      where: { orgId: ctx.org.id, serviceId: service.id, revokedAt: null, expiresAt: { gt: new Date(at) } },
      orderBy: { expiresAt: "desc" },
      select: { id: true, reason: true, expiresAt: true, createdAt: true },
    }),
  ]);
  const blocking = blockingSlos(
    statuses.flatMap((s) =>
      s.status ? [{ id: s.slo.id, name: s.slo.name, freezeBelowRatio: s.slo.freezeBelowRatio, status: s.status }] : [],
    ),
  );
  if (!blocking.length) return { allowed: true as const, blockingSlos: [], exception: null };
  if (exception) return { allowed: true as const, blockingSlos: blocking, exception };
  return { allowed: false as const, blockingSlos: blocking, exception: null };
}

/** A time-limited bypass of the freeze, granted by an admin in person (never by a CI token). */
export async function grantDeployGateException(ctx: OrgContext, slug: string, input: ExceptionInput, now = Date.now()) {
  authorize(ctx, "config:write");
  if (ctx.actor.type === "token")
    throw forbidden(
      "Deploy-gate exceptions are granted by an admin in the app, not by API tokens, so a pipeline cannot unfreeze itself.",
    );
  const service = await serviceOf(ctx, slug);
  return db.$transaction(async (tx) => {
    const exception = await tx.deployGateException.create({
      data: {
        orgId: ctx.org.id,
        serviceId: service.id,
        reason: input.reason,
        grantedById: ctx.actor.type === "user" ? ctx.actor.id : null,
        expiresAt: new Date(now + input.durationMinutes * 60_000),
      },
    });
    await recordAudit(tx, ctx, {
      action: "deploy_gate.exception_granted",
      entityType: "service",
      entityId: service.id,
      after: exception,
    });
    return exception;
  });
}

export async function listDeployGateExceptions(ctx: OrgContext, slug: string) {
  authorize(ctx, "org:read");
  const service = await serviceOf(ctx, slug);
  return db.deployGateException.findMany({
    where: { orgId: ctx.org.id, serviceId: service.id },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}
