import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, validationFailed } from "@/lib/errors";
import { MAX_POINTS_PER_REQUEST, validatePoints, type RawPoint } from "./core/points";
import { writeSliPoints, type MinutePointRow } from "./rollups";

const decimalText = z.union([z.number(), z.string()]).transform((v, c) => {
  const s = String(v).trim();
  if (!/^-?\d{1,14}(\.\d{1,6})?$/.test(s)) {
    c.addIssue({ code: "custom", message: "Give a decimal number with at most 6 decimals, like 300 or 0.25." });
    return z.NEVER;
  }
  return s;
});

const sliFields = z.object({
  serviceId: z.string().min(1, "Name the service this SLI measures (serviceId)."),
  name: z.string().trim().min(1, "Give the SLI a name.").max(100),
  description: z.string().max(2000),
  kind: z.enum(["ratio", "threshold"]),
  source: z.enum(["push", "prometheus"]),
  goodQuery: z.string().trim().max(2000).nullable().optional(),
  totalQuery: z.string().trim().max(2000).nullable().optional(),
  thresholdValue: decimalText.nullable().optional(),
  thresholdUnit: z.string().trim().max(20).nullable().optional(),
});

type SliShape = { source?: string; goodQuery?: string | null; totalQuery?: string | null };
function checkSource(v: SliShape, c: z.core.$RefinementCtx<SliShape>) {
  if (v.source === "prometheus" && (!v.goodQuery || !v.totalQuery)) {
    c.addIssue({
      code: "custom",
      path: ["goodQuery"],
      message: "A Prometheus SLI needs both goodQuery and totalQuery (PromQL).",
    });
  }
}

// Defaults apply on create only: a PATCH that omits a field leaves it as it is.
export const createSliSchema = sliFields
  .extend({
    description: sliFields.shape.description.default(""),
    kind: sliFields.shape.kind.default("ratio"),
    source: sliFields.shape.source.default("push"),
  })
  .superRefine(checkSource);
export const updateSliSchema = sliFields.partial().omit({ serviceId: true });
export type CreateSliInput = z.infer<typeof createSliSchema>;
export type UpdateSliInput = z.infer<typeof updateSliSchema>;

export const listQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  serviceId: z.string().optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt", "updatedAt", "-updatedAt"]).default("name"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function orderOf(sort: ListQuery["sort"]) {
  const desc = sort.startsWith("-");
  const field = (desc ? sort.slice(1) : sort) as "name" | "createdAt" | "updatedAt";
  return [{ [field]: desc ? "desc" : "asc" }, { id: "asc" }] as const;
}

const select = {
  id: true,
  serviceId: true,
  name: true,
  description: true,
  kind: true,
  source: true,
  goodQuery: true,
  totalQuery: true,
  thresholdValue: true,
  thresholdUnit: true,
  polledUntil: true,
  lastPollError: true,
  managedBy: true,
  managedSource: true,
  createdAt: true,
  updatedAt: true,
} as const;
type SliRow = Prisma.SliGetPayload<{ select: typeof select }>;

/** API shape: decimals as exact strings. */
export function sliJson(s: SliRow) {
  return { ...s, thresholdValue: s.thresholdValue === null ? null : s.thresholdValue.toString() };
}

export async function listSlis(ctx: OrgContext, query: ListQuery) {
  authorize(ctx, "org:read");
  const where: Prisma.SliWhereInput = {
    orgId: ctx.org.id,
    ...(query.serviceId ? { serviceId: query.serviceId } : {}),
    ...(query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.sli.findMany({ where, select, orderBy: [...orderOf(query.sort)], take: query.limit, skip: query.offset }),
    db.sli.count({ where }),
  ]);
  return { data: rows.map(sliJson), total, limit: query.limit, offset: query.offset };
}

async function findSli(client: Tx | typeof db, ctx: OrgContext, id: string) {
  const sli = await client.sli.findFirst({ where: { id, orgId: ctx.org.id }, select });
  if (!sli) throw notFound("SLI");
  return sli;
}

export async function getSli(ctx: OrgContext, id: string) {
  authorize(ctx, "org:read");
  return sliJson(await findSli(db, ctx, id));
}

async function nameFree(ctx: OrgContext, name: string, exceptId?: string) {
  const taken = await db.sli.findFirst({
    where: { orgId: ctx.org.id, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict(`An SLI named "${name}" exists already.`);
}

export async function createSli(ctx: OrgContext, input: CreateSliInput) {
  authorize(ctx, "config:write");
  const service = await db.service.findFirst({
    where: { id: input.serviceId, orgId: ctx.org.id },
    select: { id: true },
  });
  if (!service)
    throw validationFailed("The SLI's service was not found.", [
      { path: "serviceId", message: "No such service in this organization." },
    ]);
  await nameFree(ctx, input.name);
  return db.$transaction(async (tx) => {
    const sli = await tx.sli.create({ data: { ...input, orgId: ctx.org.id }, select });
    await recordAudit(tx, ctx, { action: "sli.created", entityType: "sli", entityId: sli.id, after: sliJson(sli) });
    return sliJson(sli);
  });
}

export async function updateSli(ctx: OrgContext, id: string, input: UpdateSliInput) {
  authorize(ctx, "config:write");
  const before = await findSli(db, ctx, id);
  if (input.name && input.name !== before.name) await nameFree(ctx, input.name, id);
  const merged = { ...before, ...input };
  if (merged.source === "prometheus" && (!merged.goodQuery || !merged.totalQuery)) {
    throw validationFailed("A Prometheus SLI needs both goodQuery and totalQuery.", [
      { path: "goodQuery", message: "Required for Prometheus SLIs." },
    ]);
  }
  // New queries (or source): poll the SLO window again, replacing its minutes with the new answers.
  const requeried =
    merged.source !== before.source || merged.goodQuery !== before.goodQuery || merged.totalQuery !== before.totalQuery;
  return db.$transaction(async (tx) => {
    const sli = await tx.sli.update({
      where: { id: before.id },
      data: { ...input, ...(requeried ? { polledUntil: null, lastPollError: null } : {}) },
      select,
    });
    await recordAudit(tx, ctx, {
      action: "sli.updated",
      entityType: "sli",
      entityId: id,
      before: sliJson(before),
      after: sliJson(sli),
    });
    return sliJson(sli);
  });
}

export async function deleteSli(ctx: OrgContext, id: string) {
  authorize(ctx, "config:write");
  const before = await findSli(db, ctx, id);
  const slos = await db.slo.count({ where: { sliId: id, orgId: ctx.org.id } });
  if (slos)
    throw conflict(
      `This SLI is used by ${slos} SLO${slos === 1 ? "" : "s"}; delete ${slos === 1 ? "it" : "them"} first.`,
    );
  await db.$transaction(async (tx) => {
    await tx.sli.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, { action: "sli.deleted", entityType: "sli", entityId: id, before: sliJson(before) });
  });
}

export const pointsBodySchema = z.object({
  points: z
    .array(z.object({ timestamp: z.unknown(), good: z.unknown(), total: z.unknown() }).loose(), {
      error: 'Send { "points": [ { timestamp, good, total } ] }.',
    })
    .min(1, "Send at least one point.")
    .max(MAX_POINTS_PER_REQUEST, `Send at most ${MAX_POINTS_PER_REQUEST} points per request; split larger batches.`),
});

/**
 * Writes minutes (replacing any already stored) and recomputes the hour and day rollups they
 * touch, for the SLI and its timeslice SLOs, in one transaction (lib/slo/rollups.ts).
 * Replacing rather than incrementing makes a retried batch idempotent, and the SLI's points lock
 * makes concurrent batches of one SLI recompute their rollups one after the other, never from
 * stale snapshots. Also the Prometheus poller's writer (`replace`: a backfill of [from, to)).
 */
export async function upsertSliPoints(
  sliId: string,
  points: readonly MinutePointRow[],
  client?: Tx,
  replace?: { from: number; to: number },
): Promise<number> {
  if (!points.length && !replace) return 0;
  const run = async (tx: Tx) => {
    await writeSliPoints(tx, sliId, points, replace);
    return points.length;
  };
  return client ? run(client) : db.$transaction(run, { timeout: 60_000 });
}

/** Push ingestion: all points valid, or nothing is written. */
export async function ingestSliPoints(ctx: OrgContext, sliId: string, raw: readonly RawPoint[], now = Date.now()) {
  authorize(ctx, "telemetry:ingest");
  const sli = await db.sli.findFirst({ where: { id: sliId, orgId: ctx.org.id }, select: { id: true, source: true } });
  if (!sli) throw notFound("SLI");
  if (sli.source !== "push") {
    throw conflict(
      "This SLI is fed by Prometheus: Vigil polls its queries every minute and would overwrite pushed points. Push to an SLI whose source is push, or change this SLI's source to push first.",
    );
  }
  const checked = validatePoints(raw, now);
  if (!checked.ok) {
    const first = checked.issues[0];
    const more =
      checked.issues.length > 1
        ? ` (and ${checked.issues.length - 1} more problem${checked.issues.length === 2 ? "" : "s"})`
        : "";
    throw validationFailed(`Nothing was written: ${first?.message ?? "invalid points"}${more}`, checked.issues);
  }
  const accepted = await upsertSliPoints(sli.id, checked.points);
  return { accepted };
}
