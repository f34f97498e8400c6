import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { newWebhookSecret } from "./core/webhook";

export const createIntegrationSchema = z.object({
  name: z.string().trim().min(1, "Give the integration a name that says what sends to it.").max(100),
});
export type CreateIntegrationInput = z.infer<typeof createIntegrationSchema>;

const publicFields = { id: true, kind: true, name: true, createdAt: true, revokedAt: true } as const;

/** Returns the signing secret once; it is never shown again. */
export async function createInboundIntegration(ctx: OrgContext, input: CreateIntegrationInput) {
  authorize(ctx, "config:write");
  const secret = newWebhookSecret();
  const integration = await db.$transaction(async (tx) => {
    const created = await tx.inboundIntegration.create({
      data: { orgId: ctx.org.id, kind: "webhook", name: input.name, secret },
      select: publicFields,
    });
    await recordAudit(tx, ctx, {
      action: "inbound_integration.created",
      entityType: "inbound_integration",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { integration, secret };
}

export async function listInboundIntegrations(ctx: OrgContext) {
  authorize(ctx, "config:write");
  return db.inboundIntegration.findMany({
    where: { orgId: ctx.org.id },
    select: publicFields,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}

export async function revokeInboundIntegration(ctx: OrgContext, integrationId: string) {
  authorize(ctx, "config:write");
  return db.$transaction(async (tx) => {
    const before = await tx.inboundIntegration.findFirst({
      where: { id: integrationId, orgId: ctx.org.id },
      select: publicFields,
    });
    if (!before) throw notFound("Integration");
    if (before.revokedAt) return before;
    const after = await tx.inboundIntegration.update({
      where: { id: before.id },
      data: { revokedAt: new Date() },
      select: publicFields,
    });
    await recordAudit(tx, ctx, {
      action: "inbound_integration.revoked",
      entityType: "inbound_integration",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}

/**
 * For the signed webhook endpoint, before any organization is known: the request proves
 * itself with the signature, so the integration id alone selects the secret to check.
 * Unknown and revoked ids get the same answer.
 */
export async function integrationForDelivery(integrationId: string) {
  const found = await db.inboundIntegration.findUnique({
    where: { id: integrationId },
    select: {
      id: true,
      name: true,
      secret: true,
      revokedAt: true,
      org: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!found || found.revokedAt) throw notFound("Integration");
  return found;
}

/** The acting context of a verified delivery: recorded in audit and timeline as the integration. */
export function integrationContext(
  integration: { id: string; name: string; org: OrgContext["org"] },
  requestId?: string,
): OrgContext {
  return {
    org: integration.org,
    actor: { type: "system", id: `integration:${integration.id}`, label: `webhook:${integration.name}` },
    ...(requestId ? { requestId } : {}),
  };
}

// Message ids only need remembering while their timestamp is acceptable (±5 minutes); an hour
// leaves room for clock skew.
const DELIVERY_MEMORY_MS = 60 * 60_000;

/** Scheduled (pg-boss): forgets message ids too old to be replayed anyway. */
export async function purgeInboundDeliveries(now = new Date()): Promise<number> {
  const { count } = await db.inboundDelivery.deleteMany({
    where: { receivedAt: { lt: new Date(now.getTime() - DELIVERY_MEMORY_MS) } },
  });
  return count;
}
