import "server-only";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, isUniqueViolation } from "@/lib/errors";
import { publishChange } from "@/lib/realtime/changes";
import { newPublicId } from "./core/ids";
import type { CreateStatusPageInput, UpdateStatusPageInput } from "./core/schemas";

export const statusPageFields = {
  id: true,
  slug: true,
  name: true,
  hostName: true,
  logoUrl: true,
  brandColor: true,
  backgroundColor: true,
  supportUrl: true,
  timeZone: true,
  published: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Tells every instance (and the public cache) that this page's content changed. */
export const statusPageChanged = (tx: Tx, ctx: OrgContext, pageId: string, kind: string) =>
  publishChange(tx, { orgId: ctx.org.id, topic: "statuspage", id: pageId, kind });

export async function listStatusPages(ctx: OrgContext) {
  authorize(ctx, "org:read");
  return db.statusPage.findMany({ where: { orgId: ctx.org.id }, select: statusPageFields, orderBy: { name: "asc" } });
}

export async function getStatusPage(ctx: OrgContext, pageId: string) {
  authorize(ctx, "org:read");
  const page = await db.statusPage.findFirst({ where: { id: pageId, orgId: ctx.org.id }, select: statusPageFields });
  if (!page) throw notFound("Status page");
  return page;
}

// Slugs and host names are unique across organizations: a clash is a 409 with a way out.
async function assertFree(slug: string | undefined, hostName: string | null | undefined, exceptId?: string) {
  if (slug) {
    const taken = await db.statusPage.findFirst({ where: { slug, NOT: { id: exceptId ?? "" } }, select: { id: true } });
    if (taken) throw conflict(`The status page address "${slug}" is taken; choose another slug.`);
  }
  if (hostName) {
    const taken = await db.statusPage.findFirst({
      where: { hostName, NOT: { id: exceptId ?? "" } },
      select: { id: true },
    });
    if (taken) throw conflict(`The host name "${hostName}" is already used by a status page.`);
  }
}

// Two admins racing for the same slug: the unique index decides, and the loser gets the 409 too.
const raceLost = (e: unknown): never => {
  if (isUniqueViolation(e))
    throw conflict("That slug or host name was just taken by another status page; choose another.");
  throw e;
};

export async function createStatusPage(ctx: OrgContext, data: CreateStatusPageInput) {
  authorize(ctx, "config:write");
  await assertFree(data.slug, data.hostName);
  return db
    .$transaction(async (tx) => {
      const page = await tx.statusPage.create({
        data: { ...data, id: newPublicId(), orgId: ctx.org.id },
        select: statusPageFields,
      });
      await recordAudit(tx, ctx, {
        action: "statuspage.created",
        entityType: "status_page",
        entityId: page.id,
        after: page,
      });
      await statusPageChanged(tx, ctx, page.id, "page.created");
      return page;
    })
    .catch(raceLost);
}

export async function updateStatusPage(ctx: OrgContext, pageId: string, data: UpdateStatusPageInput) {
  authorize(ctx, "config:write");
  const before = await getStatusPage(ctx, pageId);
  await assertFree(data.slug, data.hostName, pageId);
  return db
    .$transaction(async (tx) => {
      const page = await tx.statusPage.update({
        where: { id: before.id, orgId: ctx.org.id },
        data,
        select: statusPageFields,
      });
      await recordAudit(tx, ctx, {
        action: "statuspage.updated",
        entityType: "status_page",
        entityId: page.id,
        before,
        after: page,
      });
      await statusPageChanged(tx, ctx, page.id, "page.updated");
      return page;
    })
    .catch(raceLost);
}

export async function deleteStatusPage(ctx: OrgContext, pageId: string) {
  authorize(ctx, "config:write");
  const before = await getStatusPage(ctx, pageId);
  await db.$transaction(async (tx) => {
    await tx.statusPage.delete({ where: { id: before.id, orgId: ctx.org.id } });
    await recordAudit(tx, ctx, {
      action: "statuspage.deleted",
      entityType: "status_page",
      entityId: before.id,
      before,
    });
    await statusPageChanged(tx, ctx, before.id, "page.deleted");
  });
}
