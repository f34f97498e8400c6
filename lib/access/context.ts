import "server-only";
import { db } from "@/lib/db";
import { forbidden, notFound, unauthorized } from "@/lib/errors";
import {
  permissionDeniedMessage,
  roleAllows,
  scopesAllow,
  type Permission,
  type Role,
  type TokenScope,
} from "@/lib/auth/core/roles";
import { hashSecret, TOKEN_PREFIX } from "@/lib/auth/core/secrets";

export type Actor =
  | { type: "user"; id: string; label: string; role: Role }
  | { type: "token"; id: string; label: string; scopes: TokenScope[] }
  // Vigil's own command-line tools on the server (seed, `vigil token create`): never a request.
  | { type: "system"; id: string; label: string };

/**
 * Who is acting, in which organization. Every data-access function takes one and checks
 * its permission first; every query it makes is filtered by `org.id`.
 */
export type OrgContext = {
  org: { id: string; slug: string; name: string };
  actor: Actor;
  requestId?: string;
};

export function can(ctx: OrgContext, permission: Permission): boolean {
  switch (ctx.actor.type) {
    case "user":
      return roleAllows(ctx.actor.role, permission);
    case "token":
      return scopesAllow(ctx.actor.scopes, permission);
    case "system":
      return true;
  }
}

export function authorize(ctx: OrgContext, permission: Permission): void {
  if (can(ctx, permission)) return;
  if (ctx.actor.type === "token") throw forbidden(tokenDeniedMessage(permission));
  throw forbidden(permissionDeniedMessage(permission));
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** The organization context of a `Authorization: Bearer vgl_…` API token. */
export async function tokenOrgContext(authorization: string | null, requestId?: string): Promise<OrgContext> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1]) throw unauthorized("Send an API token as `Authorization: Bearer <token>`.");
  const secret = match[1];
  if (!secret.startsWith(TOKEN_PREFIX)) throw unauthorized("That is not a Vigil API token (they start with vgl_).");
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      name: true,
      scopes: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      org: { select: { id: true, slug: true, name: true } },
    },
  });
  const now = new Date();
  if (!token || token.revokedAt) throw unauthorized("This API token is unknown or revoked.");
  if (token.expiresAt && token.expiresAt <= now) throw unauthorized("This API token has expired.");
  // Writing last-used on every call would turn every read into a write; a minute's resolution is enough.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    org: token.org,
    actor: { type: "token", id: token.id, label: `token:${token.name}`, scopes: token.scopes as TokenScope[] },
    ...(requestId ? { requestId } : {}),
  };
}

/** The context for Vigil's own server-side commands, acting in the organization `slug`. */
export async function systemOrgContext(slug: string, label = "vigil-cli"): Promise<OrgContext> {
  const org = await db.organization.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!org) throw notFound(`Organization "${slug}"`);
  return { org, actor: { type: "system", id: label, label } };
}

function tokenDeniedMessage(permission: Permission): string {
  const scope: Partial<Record<Permission, string>> = {
    "org:read": "read",
    "incidents:write": "write",
    "config:write": "write",
    "telemetry:ingest": "ingest",
  };
  const needed = scope[permission];
  return needed
    ? `This API token lacks the "${needed}" scope. Create a token with it under Settings → API tokens.`
    : "API tokens cannot do this: members, tokens and the audit log are managed by people in the app.";
}
