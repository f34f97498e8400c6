import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, forbidden, validationFailed } from "@/lib/errors";
import { incidentUrl } from "@/lib/incidents/declare";
import { appendTimelineEvent } from "@/lib/incidents/timeline";
import { publishNotification } from "@/lib/notifications/publish";
import { publishChange } from "@/lib/realtime/changes";
import { SUMMARY_SECTION, type PostmortemStatus } from "./core/constants";
import { reindex } from "./editing";
import { outstandingFlags } from "./core/flags";
import { actorUserId, lockPostmortem } from "./load";
import { peopleFor } from "./queries";
import { readSettings } from "./settings";
import { publishBlockers, statusAfterItemChange } from "./core/workflow";

export const submitSchema = z.strictObject({
  reviewerIds: z.array(z.string().min(1)).min(1, "Name at least one reviewer.").max(20, "At most 20 reviewers."),
});
export const decisionSchema = z
  .strictObject({
    decision: z.enum(["approved", "changes_requested"], { error: "The decision is approved or changes_requested." }),
    note: z.string().trim().max(5000).default(""),
  })
  .refine((d) => d.decision === "approved" || d.note.length > 0, {
    path: ["note"],
    message: "Say what needs to change.",
  });

async function changed(tx: Tx, ctx: OrgContext, id: string, kind: string) {
  await publishChange(tx, { orgId: ctx.org.id, topic: "postmortem", id, kind });
}

/** Reviewers are responders or above and, on a private incident, people on its access list. */
async function checkReviewers(tx: Tx, ctx: OrgContext, incident: { id: string; private: boolean }, ids: string[]) {
  const members = await tx.membership.findMany({
    where: { orgId: ctx.org.id, userId: { in: ids } },
    select: { userId: true, role: true },
  });
  if (members.length !== ids.length) throw validationFailed("Every reviewer must be a member of this organization.");
  if (members.some((m) => m.role === "viewer"))
    throw validationFailed("Viewers cannot review post-mortems; choose a responder, admin or owner.");
  if (incident.private) {
    const listed = await tx.incidentAccess.count({ where: { incidentId: incident.id, userId: { in: ids } } });
    if (listed !== ids.length)
      throw validationFailed("Reviewers of a private incident's post-mortem must be on the incident's access list.");
  }
}

/**
 * Sends the post-mortem for review by the named people (draft → in review). While in review it
 * can be sent again to change the reviewers; those who stay keep their decision.
 */
export async function submitForReview(ctx: OrgContext, id: string, input: z.input<typeof submitSchema>) {
  authorize(ctx, "incidents:write");
  const data = submitSchema.parse(input);
  const reviewerIds = [...new Set(data.reviewerIds)];
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    if (pm.status !== "draft" && pm.status !== "in_review")
      throw conflict("Only a draft can be sent for review. Start a new revision to change a published post-mortem.");
    await checkReviewers(tx, ctx, pm.incident, reviewerIds);
    const existing = await tx.postmortemReview.findMany({ where: { postmortemId: pm.id, revision: pm.revision } });
    const removed = existing.filter((r) => !reviewerIds.includes(r.reviewerId));
    await tx.postmortemReview.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
    const added = reviewerIds.filter((rid) => !existing.some((r) => r.reviewerId === rid));
    await tx.postmortemReview.createMany({
      data: added.map((reviewerId) => ({ postmortemId: pm.id, revision: pm.revision, reviewerId })),
    });
    const now = new Date();
    await tx.postmortem.update({
      where: { id: pm.id },
      data: { status: "in_review", submittedAt: pm.submittedAt && pm.status === "in_review" ? pm.submittedAt : now },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.submitted",
      entityType: "postmortem",
      entityId: pm.id,
      before: { status: pm.status, reviewers: existing.map((r) => r.reviewerId) },
      after: { status: "in_review", revision: pm.revision, reviewers: reviewerIds },
    });
    await changed(tx, ctx, pm.id, "submitted");
  });
}

/** Back to draft, keeping the reviewers and their decisions for when it is sent again. */
export async function withdrawReview(ctx: OrgContext, id: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    if (pm.status !== "in_review") throw conflict("This post-mortem is not in review.");
    await tx.postmortem.update({ where: { id: pm.id }, data: { status: "draft" } });
    await recordAudit(tx, ctx, {
      action: "postmortem.review_withdrawn",
      entityType: "postmortem",
      entityId: pm.id,
      before: { status: pm.status },
      after: { status: "draft" },
    });
    await changed(tx, ctx, pm.id, "withdrawn");
  });
}

/** A named reviewer approves the content as it stands, or requests changes (with what to change). */
export async function decideReview(ctx: OrgContext, id: string, input: z.input<typeof decisionSchema>) {
  authorize(ctx, "incidents:write");
  const data = decisionSchema.parse(input);
  const me = actorUserId(ctx);
  if (!me) throw forbidden("Reviews are given by people: sign in as the reviewer.");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    if (pm.status !== "in_review") throw conflict("This post-mortem is not in review.");
    const review = await tx.postmortemReview.findUnique({
      where: { postmortemId_revision_reviewerId: { postmortemId: pm.id, revision: pm.revision, reviewerId: me } },
    });
    if (!review) throw forbidden("Only the reviewers named for this revision can approve or request changes.");
    const after = await tx.postmortemReview.update({
      where: { id: review.id },
      data: { decision: data.decision, note: data.note, contentVersion: pm.contentVersion, decidedAt: new Date() },
    });
    await recordAudit(tx, ctx, {
      action: `postmortem.review_${data.decision}`,
      entityType: "postmortem",
      entityId: pm.id,
      before: review,
      after,
    });
    await changed(tx, ctx, pm.id, "reviewed");
    return after;
  });
}

/**
 * Publishes a reviewed post-mortem: every reviewer approved the current content, every blameless
 * flag fixed or dismissed, a summary written. The content is frozen as this revision's
 * publication and indexed for the library; with the organization's consent and a public summary
 * written, the summary is posted as a public stakeholder update on the incident (status pages).
 */
export async function publishPostmortem(ctx: OrgContext, id: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    const [sections, reviews, dismissals, people, items, settings] = await Promise.all([
      tx.postmortemSection.findMany({ where: { postmortemId: pm.id }, orderBy: { position: "asc" } }),
      tx.postmortemReview.findMany({ where: { postmortemId: pm.id, revision: pm.revision } }),
      tx.postmortemFlagDismissal.findMany({ where: { postmortemId: pm.id } }),
      peopleFor(tx, ctx.org.id),
      tx.postmortemActionItem.findMany({ where: { postmortemId: pm.id }, select: { priority: true, status: true } }),
      readSettings(tx, ctx.org.id),
    ]);
    const flags = outstandingFlags(
      sections,
      dismissals.map((d) => ({ ...d, dismissedBy: d.dismissedByLabel })),
      people,
    );
    const blockers = publishBlockers({
      status: pm.status as PostmortemStatus,
      contentVersion: pm.contentVersion,
      reviews,
      outstandingFlags: flags.length,
      summary: sections.find((s) => s.key === SUMMARY_SECTION)?.body ?? "",
    });
    if (blockers.length)
      throw validationFailed(`Not ready to publish: ${blockers.join(" ")}`, {
        blockers,
        flags: flags.map(({ sectionKey, rule, excerpt, start, end, message }) => ({
          sectionKey,
          rule,
          excerpt,
          start,
          end,
          message,
        })),
      });
    const now = new Date();
    const snapshot = sections.map((s) => ({ key: s.key, title: s.title, body: s.body }));
    await tx.postmortemPublication.create({
      data: {
        postmortemId: pm.id,
        revision: pm.revision,
        title: pm.title,
        sections: snapshot as unknown as Prisma.InputJsonValue,
        publishedById: actorUserId(ctx),
        publishedBy: ctx.actor.label,
        publishedAt: now,
      },
    });
    const status = statusAfterItemChange("published", items);
    await tx.postmortem.update({
      where: { id: pm.id },
      data: { status, publishedAt: now, closedAt: status === "closed" ? now : null },
    });
    await reindex(tx, pm.id);
    await appendTimelineEvent(tx, ctx, pm.incident.id, {
      kind: "postmortem.published",
      data: { postmortemId: pm.id, revision: pm.revision },
    });
    const summary = pm.publicSummary.trim();
    const postSummary = settings.postPublicSummary && summary.length > 0 && !pm.incident.private;
    if (postSummary) await postPublicSummary(tx, ctx, pm.incident, summary, now);
    await recordAudit(tx, ctx, {
      action: "postmortem.published",
      entityType: "postmortem",
      entityId: pm.id,
      before: { status: pm.status },
      after: { status, revision: pm.revision, publicSummaryPosted: postSummary },
    });
    await changed(tx, ctx, pm.id, "published");
    return { status, revision: pm.revision, publicSummaryPosted: postSummary };
  });
}

/** A public stakeholder update on the (resolved) incident: what its status page shows. */
async function postPublicSummary(
  tx: Tx,
  ctx: OrgContext,
  incident: { id: string; number: number; title: string; private: boolean },
  body: string,
  now: Date,
) {
  const current = await tx.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { status: true } });
  const update = await tx.stakeholderUpdate.create({
    data: {
      incidentId: incident.id,
      visibility: "public",
      status: current.status,
      body,
      authorId: actorUserId(ctx),
      createdAt: now,
    },
  });
  await appendTimelineEvent(tx, ctx, incident.id, {
    kind: "update.posted",
    data: { updateId: update.id, visibility: "public", status: update.status, body, fromPostmortem: true },
    occurredAt: now,
  });
  await recordAudit(tx, ctx, {
    action: "incident.update_posted",
    entityType: "incident",
    entityId: incident.id,
    after: update,
  });
  await publishNotification(tx, {
    type: "incident.update_posted",
    orgId: ctx.org.id,
    private: incident.private,
    occurredAt: now,
    title: `INC-${incident.number} update (public)`,
    text: body,
    url: incidentUrl(ctx, incident.number),
    data: { incidentId: incident.id, number: incident.number, visibility: "public", status: current.status },
  });
}

/** Reopens a published post-mortem as the next revision's draft; the published one stays readable. */
export async function startRevision(ctx: OrgContext, id: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    if (pm.status !== "published" && pm.status !== "closed")
      throw conflict("Only a published post-mortem gets a new revision; this one can be edited as it is.");
    const after = await tx.postmortem.update({
      where: { id: pm.id },
      data: {
        status: "draft",
        revision: { increment: 1 },
        contentVersion: { increment: 1 },
        closedAt: null,
        submittedAt: null,
      },
    });
    await recordAudit(tx, ctx, {
      action: "postmortem.revision_started",
      entityType: "postmortem",
      entityId: pm.id,
      before: { status: pm.status, revision: pm.revision },
      after: { status: after.status, revision: after.revision },
    });
    await changed(tx, ctx, pm.id, "revision.started");
    return after;
  });
}

/** Closes a published post-mortem by hand once none of its action items is left (it also closes itself). */
export async function closePostmortem(ctx: OrgContext, id: string) {
  authorize(ctx, "incidents:write");
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ctx, id);
    if (pm.status !== "published") throw conflict("Only a published post-mortem can be closed.");
    const open = await tx.postmortemActionItem.count({ where: { postmortemId: pm.id, status: { not: "done" } } });
    if (open)
      throw validationFailed(
        `${open} action item${open === 1 ? " is" : "s are"} not done yet: a post-mortem closes when its action items are done.`,
      );
    const now = new Date();
    await tx.postmortem.update({ where: { id: pm.id }, data: { status: "closed", closedAt: now } });
    await recordAudit(tx, ctx, {
      action: "postmortem.closed",
      entityType: "postmortem",
      entityId: pm.id,
      before: { status: pm.status },
      after: { status: "closed" },
    });
    await changed(tx, ctx, pm.id, "closed");
  });
}
