import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { generateSecret, hashSecret } from "@/lib/auth/core/secrets";
import { db } from "@/lib/db";
import { notFound, validationFailed } from "@/lib/errors";
import type { PostmortemDocument } from "./core/document";
import { actorUserId, lockPostmortem } from "./load";
import { documentIn } from "./queries";

export const SHARE_PREFIX = "pms_";

/**
 * A read-only link to one post-mortem. The token is shown once; only its hash is stored, so
 * the link cannot be rebuilt from the database. Private incidents' post-mortems are never shared.
 */
export async function createShareLink(ctx: OrgContext, postmortemId: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, postmortemId);
    if (pm.incident.private) throw validationFailed("Post-mortems of private incidents cannot be shared by link.");
    const token = generateSecret(SHARE_PREFIX);
    const link = await tx.postmortemShareLink.create({
      data: {
        orgId: ctx.org.id,
        postmortemId: pm.id,
        tokenHash: hashSecret(token),
        prefix: token.slice(0, SHARE_PREFIX.length + 6),
        createdById: actorUserId(ctx),
      },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.share_link_created",
      entityType: "postmortem",
      entityId: pm.id,
      after: { linkId: link.id, prefix: link.prefix },
    });
    return { id: link.id, token };
  });
}

export async function revokeShareLink(ctx: OrgContext, postmortemId: string, linkId: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, postmortemId);
    const link = await tx.postmortemShareLink.findFirst({
      where: { id: linkId, postmortemId: pm.id, orgId: ctx.org.id },
    });
    if (!link) throw notFound("Share link");
    if (link.revokedAt) return;
    await tx.postmortemShareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, {
      action: "postmortem.share_link_revoked",
      entityType: "postmortem",
      entityId: pm.id,
      before: { linkId: link.id, prefix: link.prefix },
    });
  });
}

/**
 * What a share link shows: that one post-mortem, as last published (the draft until it is).
 * Unknown, revoked and now-private ones all look the same: not found.
 */
export async function sharedDocument(token: string): Promise<{ doc: PostmortemDocument; orgName: string }> {
  if (!token.startsWith(SHARE_PREFIX) || token.length > 200) throw notFound("Shared post-mortem");
  const link = await db.postmortemShareLink.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { postmortem: { select: { id: true, incident: { select: { private: true } } } } },
  });
  if (!link || link.revokedAt || link.postmortem.incident.private) throw notFound("Shared post-mortem");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: link.orgId },
    select: { id: true, slug: true, name: true },
  });
  const ctx: OrgContext = { org, actor: { type: "system", id: "share-link", label: "share-link" } };
  const doc = await documentIn(db, ctx, link.postmortemId);
  const publication = await db.postmortemPublication.findFirst({
    where: { postmortemId: link.postmortemId },
    orderBy: { revision: "desc" },
  });
  if (!publication) return { doc: redactForShare(doc), orgName: org.name };
  const published = publication.sections as unknown as { key: string; title: string; body: string }[];
  const content = {
    ...doc,
    title: publication.title,
    revision: publication.revision,
    sections: published.map((s) => ({
      ...s,
      guidance: "",
      version: 0,
      updatedAt: publication.publishedAt.toISOString(),
      updatedBy: null,
    })),
  };
  return { doc: redactForShare(content), orgName: org.name };
}

/** Outside readers see the content, not who reviewed it or the internal bookkeeping. */
function redactForShare(doc: PostmortemDocument): PostmortemDocument {
  return { ...doc, reviews: [], publicSummary: "" };
}
