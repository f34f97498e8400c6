import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { OrgContext } from "@/lib/access/context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

const toJson = (value: unknown) =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export async function recordAudit(tx: Tx, ctx: OrgContext, entry: AuditEntry): Promise<void> {
  const before = toJson(entry.before);
  const after = toJson(entry.after);
  await tx.auditLog.create({
    data: {
      orgId: ctx.org.id,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorLabel: ctx.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      requestId: ctx.requestId ?? null,
    },
  });
}
