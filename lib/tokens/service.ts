import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { TOKEN_SCOPES } from "@/lib/auth/core/roles";
import { displayPrefix, generateSecret, hashSecret, TOKEN_PREFIX } from "@/lib/auth/core/secrets";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name that says what uses it.").max(100),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, "Choose at least one scope: read, write or ingest."),
  expiresInDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

const publicFields = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

/** Returns the token's secret once; only its hash is stored. */
export async function createApiToken(ctx: OrgContext, input: CreateTokenInput) {
  authorize(ctx, "tokens:manage");
  const secret = generateSecret(TOKEN_PREFIX);
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        orgId: ctx.org.id,
        name: input.name,
        scopes: [...new Set(input.scopes)],
        prefix: displayPrefix(secret),
        tokenHash: hashSecret(secret),
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      },
      select: publicFields,
    });
    await recordAudit(tx, ctx, {
      action: "api_token.created",
      entityType: "api_token",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { token, secret };
}

export async function listApiTokens(ctx: OrgContext) {
  authorize(ctx, "tokens:manage");
  return db.apiToken.findMany({
    where: { orgId: ctx.org.id },
    select: publicFields,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}

export async function revokeApiToken(ctx: OrgContext, tokenId: string) {
  authorize(ctx, "tokens:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findFirst({ where: { id: tokenId, orgId: ctx.org.id }, select: publicFields });
    if (!before) throw notFound("API token");
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({
      where: { id: before.id },
      data: { revokedAt: new Date() },
      select: publicFields,
    });
    await recordAudit(tx, ctx, {
      action: "api_token.revoked",
      entityType: "api_token",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
