import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, validationFailed } from "@/lib/errors";
import { publishChange } from "@/lib/realtime/changes";
import { CONTRIBUTING_FACTOR_CATEGORIES, type PostmortemStatus } from "./core/constants";
import { sectionFlags } from "./core/flags";
import { actorUserId, lockPostmortem } from "./load";
import { peopleFor } from "./queries";
import { decideSectionSave } from "./core/sections";
import { canEditContent } from "./core/workflow";

const MAX_SECTION_CHARS = 100_000;

export const saveSectionSchema = z.strictObject({
  baseVersion: z.number().int().min(1, "baseVersion is the section version you started editing from."),
  body: z.string().max(MAX_SECTION_CHARS, `A section holds at most ${MAX_SECTION_CHARS} characters.`),
});

export const metaSchema = z.strictObject({
  title: z.string().trim().min(1, "Give the post-mortem a title.").max(200).optional(),
  tags: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .min(1)
        .max(40)
        .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, "Tags are words, digits, spaces, - _ or ."),
    )
    .max(20, "At most 20 tags.")
    .optional(),
  publicSummary: z.string().max(2000, "Keep the public summary under 2,000 characters.").optional(),
});

export const factorSchema = z.strictObject({
  category: z.enum(CONTRIBUTING_FACTOR_CATEGORIES, {
    error: `The category is one of ${CONTRIBUTING_FACTOR_CATEGORIES.join(", ")}.`,
  }),
  description: z.string().trim().min(1, "Describe the factor.").max(500),
});

export const dismissSchema = z.strictObject({
  sectionKey: z.string().min(1),
  rule: z.string().min(1),
  excerpt: z.string().min(1).max(500),
  reason: z.string().trim().min(5, "Say why this wording is right (at least a few words).").max(500),
});

export const commentSchema = z.strictObject({
  sectionKey: z.string().min(1),
  body: z.string().trim().min(1, "Write the comment.").max(5000),
});

function assertEditable(status: string) {
  if (!canEditContent(status as PostmortemStatus))
    throw conflict(
      "This post-mortem is published and read-only. Start a new revision to change it (it will need a new review).",
    );
}

async function changed(tx: Tx, ctx: OrgContext, id: string, kind: string) {
  await publishChange(tx, { orgId: ctx.org.id, topic: "postmortem", id, kind });
}

/**
 * Saves one section if nobody saved it since `baseVersion`; otherwise 409 with both versions
 * (details.yours and details.theirs) so the writer can merge. Sections are independent: two
 * people writing different sections both succeed. Every saved version is kept.
 */
export async function saveSection(ctx: OrgContext, id: string, key: string, input: z.input<typeof saveSectionSchema>) {
  authorize(ctx, "incidents:write");
  const data = saveSectionSchema.parse(input);
  return db.$transaction(async (tx) => {
    // The post-mortem row lock orders saves against each other and against publishing.
    const pm = await lockPostmortem(tx, ctx, id);
    assertEditable(pm.status);
    const section = await tx.postmortemSection.findUnique({
      where: { postmortemId_key: { postmortemId: pm.id, key } },
    });
    if (!section) throw notFound("Section");
    const editor = section.updatedById
      ? await tx.user.findUnique({ where: { id: section.updatedById }, select: { name: true } })
      : null;
    const decision = decideSectionSave(
      { version: section.version, body: section.body, updatedBy: editor?.name ?? null, updatedAt: section.updatedAt },
      data.baseVersion,
      data.body,
    );
    if (decision.kind === "conflict") {
      throw conflict(
        `Someone saved "${section.title}" while you were writing (you started from version ${data.baseVersion}, it is now ${section.version}). Both versions are shown: merge them and save again.`,
        {
          section: key,
          baseVersion: data.baseVersion,
          yours: decision.yours,
          theirs: {
            version: section.version,
            body: section.body,
            updatedBy: editor?.name ?? null,
            updatedAt: section.updatedAt.toISOString(),
          },
        },
      );
    }
    if (decision.kind === "unchanged")
      return { key, version: section.version, body: section.body, contentVersion: pm.contentVersion };
    const now = new Date();
    const authorId = actorUserId(ctx);
    await tx.postmortemSection.update({
      where: { id: section.id },
      data: { body: data.body, version: decision.nextVersion, updatedById: authorId, updatedAt: now },
    });
    await tx.postmortemSectionVersion.create({
      data: {
        sectionId: section.id,
        version: decision.nextVersion,
        body: data.body,
        authorId,
        authorLabel: ctx.actor.label,
        createdAt: now,
      },
    });
    const updated = await tx.postmortem.update({
      where: { id: pm.id },
      data: { contentVersion: { increment: 1 } },
      select: { contentVersion: true },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.section_saved",
      entityType: "postmortem",
      entityId: pm.id,
      before: { section: key, version: section.version, body: section.body },
      after: { section: key, version: decision.nextVersion, body: data.body },
    });
    await changed(tx, ctx, pm.id, "section.saved");
    return { key, version: decision.nextVersion, body: data.body, contentVersion: updated.contentVersion };
  });
}

/** Title and public summary while editable; tags at any time (they organize the library). */
export async function updateMeta(ctx: OrgContext, id: string, input: z.input<typeof metaSchema>) {
  authorize(ctx, "incidents:write");
  const data = metaSchema.parse(input);
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    const content = data.title !== undefined || data.publicSummary !== undefined;
    if (content) assertEditable(pm.status);
    const tags = data.tags ? [...new Set(data.tags)] : undefined;
    const after = await tx.postmortem.update({
      where: { id: pm.id },
      data: {
        ...(data.title !== undefined ? { title: data.title } : {}),
        ...(data.publicSummary !== undefined ? { publicSummary: data.publicSummary } : {}),
        ...(tags ? { tags } : {}),
        ...(content ? { contentVersion: { increment: 1 } } : {}),
      },
    });
    if (tags && pm.status !== "draft" && pm.status !== "in_review") await reindex(tx, pm.id);
    await recordAudit(tx, ctx, {
      action: "postmortem.updated",
      entityType: "postmortem",
      entityId: pm.id,
      before: { title: pm.title, tags: pm.tags, publicSummary: pm.publicSummary },
      after: { title: after.title, tags: after.tags, publicSummary: after.publicSummary },
    });
    await changed(tx, ctx, pm.id, "updated");
    return after;
  });
}

export async function addFactor(ctx: OrgContext, id: string, input: z.input<typeof factorSchema>) {
  authorize(ctx, "incidents:write");
  const data = factorSchema.parse(input);
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    assertEditable(pm.status);
    const factor = await tx.postmortemFactor.create({ data: { orgId: ctx.org.id, postmortemId: pm.id, ...data } });
    await tx.postmortem.update({ where: { id: pm.id }, data: { contentVersion: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "postmortem.factor_added",
      entityType: "postmortem",
      entityId: pm.id,
      after: factor,
    });
    await changed(tx, ctx, pm.id, "factor.added");
    return factor;
  });
}

export async function removeFactor(ctx: OrgContext, id: string, factorId: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    assertEditable(pm.status);
    const factor = await tx.postmortemFactor.findFirst({
      where: { id: factorId, postmortemId: pm.id, orgId: ctx.org.id },
    });
    if (!factor) throw notFound("Contributing factor");
    await tx.postmortemFactor.delete({ where: { id: factor.id } });
    await tx.postmortem.update({ where: { id: pm.id }, data: { contentVersion: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      action: "postmortem.factor_removed",
      entityType: "postmortem",
      entityId: pm.id,
      before: factor,
    });
    await changed(tx, ctx, pm.id, "factor.removed");
  });
}

/** Keeps a flagged wording on purpose, with the reason recorded. The flag must exist in the section now. */
export async function dismissFlag(ctx: OrgContext, id: string, input: z.input<typeof dismissSchema>) {
  authorize(ctx, "incidents:write");
  const data = dismissSchema.parse(input);
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    assertEditable(pm.status);
    const section = await tx.postmortemSection.findUnique({
      where: { postmortemId_key: { postmortemId: pm.id, key: data.sectionKey } },
      select: { body: true },
    });
    if (!section) throw notFound("Section");
    const flag = sectionFlags(data.sectionKey, section.body, [], await peopleFor(tx, ctx.org.id)).find(
      (f) => f.rule === data.rule && f.excerpt === data.excerpt.toLowerCase(),
    );
    if (!flag)
      throw validationFailed(
        "That flag is no longer in the saved section (save your text first, or it was already fixed).",
      );
    const dismissal = await tx.postmortemFlagDismissal.upsert({
      where: {
        postmortemId_sectionKey_rule_excerpt: {
          postmortemId: pm.id,
          sectionKey: data.sectionKey,
          rule: data.rule,
          excerpt: flag.excerpt,
        },
      },
      create: {
        postmortemId: pm.id,
        sectionKey: data.sectionKey,
        rule: data.rule,
        excerpt: flag.excerpt,
        reason: data.reason,
        dismissedById: actorUserId(ctx),
        dismissedByLabel: ctx.actor.label,
      },
      update: { reason: data.reason, dismissedById: actorUserId(ctx), dismissedByLabel: ctx.actor.label },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.flag_dismissed",
      entityType: "postmortem",
      entityId: pm.id,
      after: { sectionKey: data.sectionKey, rule: data.rule, excerpt: flag.excerpt, reason: data.reason },
    });
    await changed(tx, ctx, pm.id, "flag.dismissed");
    return dismissal;
  });
}

export async function addComment(ctx: OrgContext, id: string, input: z.input<typeof commentSchema>) {
  authorize(ctx, "incidents:write");
  const data = commentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    const section = await tx.postmortemSection.findUnique({
      where: { postmortemId_key: { postmortemId: pm.id, key: data.sectionKey } },
      select: { id: true },
    });
    if (!section) throw notFound("Section");
    const comment = await tx.postmortemComment.create({
      data: {
        postmortemId: pm.id,
        sectionKey: data.sectionKey,
        revision: pm.revision,
        authorId: actorUserId(ctx),
        authorLabel: ctx.actor.label,
        body: data.body,
      },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.commented",
      entityType: "postmortem",
      entityId: pm.id,
      after: comment,
    });
    await changed(tx, ctx, pm.id, "comment.added");
    return comment;
  });
}

export async function resolveComment(ctx: OrgContext, id: string, commentId: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    const comment = await tx.postmortemComment.findFirst({ where: { id: commentId, postmortemId: pm.id } });
    if (!comment) throw notFound("Comment");
    const after = await tx.postmortemComment.update({
      where: { id: comment.id },
      data: { resolvedAt: comment.resolvedAt ?? new Date() },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.comment_resolved",
      entityType: "postmortem",
      entityId: pm.id,
      before: comment,
      after,
    });
    await changed(tx, ctx, pm.id, "comment.resolved");
  });
}

/**
 * The library's full-text index: title, tags, factors and the latest publication's sections,
 * title weighted highest. Written whenever a published post-mortem's searchable text changes.
 */
export async function reindex(tx: Tx, postmortemId: string) {
  await tx.$executeRaw`
    UPDATE "Postmortem" p SET "searchVector" =
      setweight(to_tsvector('english', p.title), 'A') ||
      setweight(to_tsvector('english', array_to_string(p.tags, ' ')), 'B') ||
      setweight(to_tsvector('english', coalesce((SELECT string_agg(f.description, ' ') FROM "PostmortemFactor" f WHERE f."postmortemId" = p.id), '')), 'B') ||
      setweight(to_tsvector('english', coalesce((
        SELECT string_agg(s->>'title' || ' ' || (s->>'body'), ' ')
        FROM "PostmortemPublication" pub, jsonb_array_elements(pub.sections::jsonb) s
        WHERE pub."postmortemId" = p.id AND pub.revision = (SELECT max(revision) FROM "PostmortemPublication" WHERE "postmortemId" = p.id)
      ), '')), 'C')
    WHERE p.id = ${postmortemId}`;
}
