import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ContributingFactorCategory, PostmortemStatus } from "./core/constants";
import type { PostmortemDocument } from "./core/document";
import type { Facts } from "./core/facts";
import type { Dismissal } from "./core/flags";
import { loadPostmortem } from "./load";
import { isOverdue, obligationFor } from "./core/policy";
import { readSettings } from "./settings";
import { isComplete, isItemOverdue } from "./core/workflow";

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The structured post-mortem (GET /api/v1/postmortems/{id}); 404 when `ctx` may not see its incident. */
export async function getPostmortemDocument(
  ctx: OrgContext,
  id: string,
  now = new Date(),
): Promise<PostmortemDocument> {
  authorize(ctx, "org:read");
  return documentIn(db, ctx, id, now);
}

export async function documentIn(
  tx: Tx | typeof db,
  ctx: OrgContext,
  id: string,
  now = new Date(),
): Promise<PostmortemDocument> {
  const pm = await loadPostmortem(tx, ctx, id);
  const [sections, factors, items, reviews, publications, settings] = await Promise.all([
    tx.postmortemSection.findMany({ where: { postmortemId: pm.id }, orderBy: { position: "asc" } }),
    tx.postmortemFactor.findMany({ where: { postmortemId: pm.id }, orderBy: { createdAt: "asc" } }),
    tx.postmortemActionItem.findMany({
      where: { postmortemId: pm.id, orgId: ctx.org.id },
      orderBy: [{ createdAt: "asc" }],
      include: {
        owner: { select: { id: true, name: true } },
        service: { select: { id: true, slug: true, name: true } },
      },
    }),
    tx.postmortemReview.findMany({
      where: { postmortemId: pm.id },
      orderBy: [{ revision: "asc" }, { requestedAt: "asc" }],
      include: { reviewer: { select: { id: true, name: true } } },
    }),
    tx.postmortemPublication.findMany({
      where: { postmortemId: pm.id },
      orderBy: { revision: "asc" },
      select: { revision: true, publishedAt: true, publishedBy: true },
    }),
    readSettings(tx, ctx.org.id),
  ]);
  const editors = await tx.user.findMany({
    where: { id: { in: [...new Set(sections.map((s) => s.updatedById).filter((x): x is string => !!x))] } },
    select: { id: true, name: true },
  });
  const editorName = new Map(editors.map((u) => [u.id, u.name]));
  const obligation = obligationFor(pm.incident, settings.policies);
  const status = pm.status as PostmortemStatus;
  return {
    id: pm.id,
    title: pm.title,
    status,
    revision: pm.revision,
    contentVersion: pm.contentVersion,
    complete: isComplete(status, items),
    required: obligation.required,
    dueAt: iso(obligation.required ? obligation.dueAt : null),
    overdue: isOverdue(obligation, status, now),
    tags: pm.tags,
    publicSummary: pm.publicSummary,
    createdAt: pm.createdAt.toISOString(),
    submittedAt: iso(pm.submittedAt),
    publishedAt: iso(pm.publishedAt),
    closedAt: iso(pm.closedAt),
    incident: {
      id: pm.incident.id,
      number: pm.incident.number,
      title: pm.incident.title,
      severity: pm.incident.severity,
      private: pm.incident.private,
    },
    facts: pm.facts as unknown as Facts,
    sections: sections.map((s) => ({
      key: s.key,
      title: s.title,
      guidance: s.guidance,
      body: s.body,
      version: s.version,
      updatedAt: s.updatedAt.toISOString(),
      updatedBy: s.updatedById ? (editorName.get(s.updatedById) ?? null) : null,
    })),
    factors: factors.map((f) => ({
      id: f.id,
      category: f.category as ContributingFactorCategory,
      description: f.description,
    })),
    actionItems: items.map((a) => ({
      id: a.id,
      title: a.title,
      type: a.type,
      priority: a.priority,
      status: a.status,
      owner: a.owner,
      service: a.service,
      team: a.team,
      dueDate: dateOnly(a.dueDate),
      trackerUrl: a.trackerUrl,
      overdue: isItemOverdue(a, now),
      version: a.version,
    })),
    reviews: reviews.map((r) => ({
      revision: r.revision,
      reviewer: r.reviewer,
      decision: r.decision,
      contentVersion: r.contentVersion,
      note: r.note,
      decidedAt: iso(r.decidedAt),
    })),
    publications: publications.map((p) => ({
      revision: p.revision,
      publishedAt: p.publishedAt.toISOString(),
      publishedBy: p.publishedBy,
    })),
  };
}

/** What the editor needs beyond the document: comments, dismissals, names for the checker, share links. */
export async function getEditorExtras(ctx: OrgContext, id: string) {
  authorize(ctx, "org:read");
  const pm = await loadPostmortem(db, ctx, id);
  const [comments, dismissals, shareLinks] = await Promise.all([
    db.postmortemComment.findMany({ where: { postmortemId: pm.id }, orderBy: { createdAt: "asc" } }),
    db.postmortemFlagDismissal.findMany({ where: { postmortemId: pm.id }, orderBy: { createdAt: "asc" } }),
    db.postmortemShareLink.findMany({
      where: { postmortemId: pm.id, orgId: ctx.org.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, prefix: true, createdAt: true, revokedAt: true },
    }),
  ]);
  return {
    comments: comments.map((c) => ({
      id: c.id,
      sectionKey: c.sectionKey,
      revision: c.revision,
      author: c.authorLabel,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      resolvedAt: iso(c.resolvedAt),
    })),
    dismissals: dismissals.map((d): Dismissal & { createdAt: string } => ({
      sectionKey: d.sectionKey,
      rule: d.rule,
      excerpt: d.excerpt,
      reason: d.reason,
      dismissedBy: d.dismissedByLabel,
      createdAt: d.createdAt.toISOString(),
    })),
    people: await peopleFor(db, ctx.org.id),
    shareLinks: shareLinks.map((l) => ({ ...l, createdAt: l.createdAt.toISOString(), revokedAt: iso(l.revokedAt) })),
  };
}

/** Names the blameless checker looks for as subjects: the organization's members. */
export async function peopleFor(client: Tx | typeof db, orgId: string): Promise<string[]> {
  const members = await client.membership.findMany({
    where: { orgId },
    select: { user: { select: { name: true } } },
    take: 1000,
  });
  return members.map((m) => m.user.name).filter((n) => n.trim().length >= 2);
}

/** Every saved version of one section, newest first. */
export async function listSectionVersions(ctx: OrgContext, id: string, sectionKey: string) {
  authorize(ctx, "org:read");
  const pm = await loadPostmortem(db, ctx, id);
  const section = await db.postmortemSection.findUnique({
    where: { postmortemId_key: { postmortemId: pm.id, key: sectionKey } },
    select: { id: true, key: true, title: true },
  });
  if (!section) throw notFound("Section");
  const versions = await db.postmortemSectionVersion.findMany({
    where: { sectionId: section.id },
    orderBy: { version: "desc" },
  });
  return {
    section,
    versions: versions.map((v) => ({
      version: v.version,
      body: v.body,
      author: v.authorLabel,
      createdAt: v.createdAt.toISOString(),
    })),
  };
}

/** The incident page's link: its post-mortem if it has one (the incident was loaded through `ctx`). */
export async function postmortemOfIncident(ctx: OrgContext, incidentId: string) {
  authorize(ctx, "org:read");
  return db.postmortem.findFirst({ where: { orgId: ctx.org.id, incidentId }, select: { id: true, status: true } });
}

/** 404 unless `ctx` may read this post-mortem; returns its id (for the live event stream). */
export async function visiblePostmortemId(ctx: OrgContext, id: string): Promise<string> {
  authorize(ctx, "org:read");
  return (await loadPostmortem(db, ctx, id)).id;
}
