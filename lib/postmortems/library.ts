import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { SEVERITIES } from "@/lib/incidents/core/lifecycle";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { CONTRIBUTING_FACTOR_CATEGORIES } from "./core/constants";
import { visiblePostmortems } from "./load";
import { isOverdue, obligationFor } from "./core/policy";
import { readSettings } from "./settings";

export const libraryQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  service: z.string().trim().max(100).optional(),
  severity: z.enum(SEVERITIES, { error: "severity is SEV1, SEV2, SEV3 or SEV4." }).optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  category: z
    .enum(CONTRIBUTING_FACTOR_CATEGORIES, { error: `category is one of ${CONTRIBUTING_FACTOR_CATEGORIES.join(", ")}.` })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type LibraryQuery = z.input<typeof libraryQuerySchema>;

/** The same rule as visibleIncidents(), in SQL over the incident alias `i`. */
function visibleSql(ctx: OrgContext): Prisma.Sql {
  if (ctx.actor.type === "system") return Prisma.sql`TRUE`;
  if (ctx.actor.type === "token") return Prisma.sql`i.private = FALSE`;
  return Prisma.sql`(i.private = FALSE OR EXISTS (SELECT 1 FROM "IncidentAccess" a WHERE a."incidentId" = i.id AND a."userId" = ${ctx.actor.id}))`;
}

type LibraryRow = {
  id: string;
  title: string;
  tags: string[];
  status: string;
  publishedAt: Date;
  number: number;
  severity: string;
  rank: number;
  snippet: string | null;
};

/**
 * Published post-mortems (any revision published), newest first or by relevance: PostgreSQL
 * full-text search (websearch syntax: words, "phrases", -not, or) over the GIN-indexed tsvector.
 */
export async function searchLibrary(ctx: OrgContext, query: LibraryQuery = {}) {
  authorize(ctx, "org:read");
  const q = libraryQuerySchema.parse(query);
  const text = q.q ?? "";
  const tsq = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const rows = await db.$queryRaw<LibraryRow[]>`
    SELECT p.id, p.title, p.tags, p.status::text AS status, p."publishedAt", i.number, i.severity::text AS severity,
      ${text ? Prisma.sql`ts_rank(p."searchVector", ${tsq})` : Prisma.sql`0`}::float8 AS rank,
      ${
        text
          ? Prisma.sql`ts_headline('english', coalesce(summary.body, ''), ${tsq}, 'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=«, StopSel=»')`
          : Prisma.sql`left(coalesce(summary.body, ''), 240)`
      } AS snippet
    FROM "Postmortem" p
    JOIN "Incident" i ON i.id = p."incidentId"
    LEFT JOIN LATERAL (
      SELECT s->>'body' AS body FROM "PostmortemPublication" pub, jsonb_array_elements(pub.sections::jsonb) s
      WHERE pub."postmortemId" = p.id AND s->>'key' = 'summary' ORDER BY pub.revision DESC LIMIT 1
    ) summary ON TRUE
    WHERE p."orgId" = ${ctx.org.id} AND i."orgId" = ${ctx.org.id} AND p."publishedAt" IS NOT NULL AND ${visibleSql(ctx)}
      ${text ? Prisma.sql`AND p."searchVector" @@ ${tsq}` : Prisma.empty}
      ${q.severity ? Prisma.sql`AND i.severity::text = ${q.severity}` : Prisma.empty}
      ${q.tag ? Prisma.sql`AND ${q.tag} = ANY(p.tags)` : Prisma.empty}
      ${q.service ? Prisma.sql`AND EXISTS (SELECT 1 FROM "IncidentService" x JOIN "Service" sv ON sv.id = x."serviceId" WHERE x."incidentId" = i.id AND sv."orgId" = ${ctx.org.id} AND sv.slug = ${q.service})` : Prisma.empty}
      ${q.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PostmortemFactor" f WHERE f."postmortemId" = p.id AND f.category = ${q.category})` : Prisma.empty}
    ORDER BY rank DESC, p."publishedAt" DESC
    LIMIT ${q.limit}`;
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
}

/**
 * Contributing factors across the published post-mortems `ctx` may see: per category, how many
 * post-mortems name one, and the same factor (by its wording) seen in more than one.
 */
export async function recurringFactors(ctx: OrgContext) {
  authorize(ctx, "org:read");
  const [categories, repeated] = await Promise.all([
    db.$queryRaw<{ category: string; postmortems: number }[]>`
      SELECT f.category, count(DISTINCT p.id)::int AS postmortems
      FROM "PostmortemFactor" f JOIN "Postmortem" p ON p.id = f."postmortemId" JOIN "Incident" i ON i.id = p."incidentId"
      WHERE f."orgId" = ${ctx.org.id} AND p."orgId" = ${ctx.org.id} AND p."publishedAt" IS NOT NULL AND ${visibleSql(ctx)}
      GROUP BY f.category ORDER BY postmortems DESC, f.category`,
    db.$queryRaw<{ category: string; description: string; postmortems: number }[]>`
      SELECT f.category, min(f.description) AS description, count(DISTINCT p.id)::int AS postmortems
      FROM "PostmortemFactor" f JOIN "Postmortem" p ON p.id = f."postmortemId" JOIN "Incident" i ON i.id = p."incidentId"
      WHERE f."orgId" = ${ctx.org.id} AND p."orgId" = ${ctx.org.id} AND p."publishedAt" IS NOT NULL AND ${visibleSql(ctx)}
      GROUP BY f.category, lower(regexp_replace(trim(f.description), '\\s+', ' ', 'g'))
      HAVING count(DISTINCT p.id) > 1 ORDER BY postmortems DESC, description`,
  ]);
  return { categories: categories.map((c) => ({ ...c, recurring: c.postmortems > 1 })), repeated };
}

/** Tags in use, for the library's filter. */
export async function libraryTags(ctx: OrgContext): Promise<string[]> {
  authorize(ctx, "org:read");
  const rows = await db.postmortem.findMany({
    where: { ...visiblePostmortems(ctx), publishedAt: { not: null } },
    select: { tags: true },
    take: 2000,
  });
  return [...new Set(rows.flatMap((r) => r.tags))].sort();
}

/** Drafts and post-mortems in review, with their due dates from the severity policy. */
export async function listInProgress(ctx: OrgContext, now = new Date()) {
  authorize(ctx, "org:read");
  const [rows, settings] = await Promise.all([
    db.postmortem.findMany({
      where: { ...visiblePostmortems(ctx), status: { in: ["draft", "in_review"] } },
      select: {
        id: true,
        title: true,
        status: true,
        revision: true,
        updatedAt: true,
        incident: { select: { number: true, severity: true, resolvedAt: true } },
        reviews: { select: { revision: true, decision: true, reviewer: { select: { id: true, name: true } } } },
      },
      orderBy: { updatedAt: "desc" },
      take: 200,
    }),
    readSettings(db, ctx.org.id),
  ]);
  return rows.map((r) => {
    const o = obligationFor(r.incident, settings.policies);
    return {
      ...r,
      reviews: r.reviews.filter((v) => v.revision === r.revision),
      required: o.required,
      dueAt: o.required ? o.dueAt : null,
      overdue: isOverdue(o, r.status, now),
    };
  });
}

/** Resolved incidents whose required post-mortem is past due: none yet, or not yet published. */
export async function listOverdue(ctx: OrgContext, now = new Date()) {
  authorize(ctx, "org:read");
  const settings = await readSettings(db, ctx.org.id);
  const required = settings.policies.filter((p) => p.required).map((p) => p.severity);
  if (!required.length) return [];
  const incidents = await db.incident.findMany({
    where: {
      AND: [
        visibleIncidents(ctx),
        { status: "resolved", resolvedAt: { not: null }, severity: { in: required } },
        { OR: [{ postmortem: null }, { postmortem: { status: { in: ["draft", "in_review"] } } }] },
      ],
    },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      private: true,
      resolvedAt: true,
      postmortem: { select: { id: true, status: true } },
    },
    orderBy: { resolvedAt: "asc" },
    take: 500,
  });
  return incidents
    .map((i) => ({ ...i, dueAt: obligationFor(i, settings.policies).dueAt! }))
    .filter((i) => isOverdue({ required: true, dueAt: i.dueAt }, i.postmortem?.status ?? null, now));
}

/** Post-mortems waiting for the signed-in person's review. */
export async function listAwaitingMyReview(ctx: OrgContext) {
  authorize(ctx, "org:read");
  if (ctx.actor.type !== "user") return [];
  const reviews = await db.postmortemReview.findMany({
    where: {
      reviewerId: ctx.actor.id,
      decision: { not: "approved" },
      postmortem: { ...visiblePostmortems(ctx), status: "in_review" },
    },
    select: {
      revision: true,
      decision: true,
      postmortem: {
        select: { id: true, title: true, revision: true, incident: { select: { number: true, severity: true } } },
      },
    },
  });
  return reviews.filter((r) => r.revision === r.postmortem.revision);
}
