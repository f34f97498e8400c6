import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, validationFailed } from "@/lib/errors";
import { lockSliPoints, rebuildSliceRollups, sliceInputsChanged } from "./rollups";
import { orderOf } from "./slis";
import { parseTarget } from "./core/target";
import type { AlertCondition, SloDefinition } from "./core/types";
import { timeZoneSchema } from "@/lib/time/zones";

// Targets travel as decimal text so 99.9 is stored as exactly 99.9 (a JSON number is accepted and read as written).
const percent = z.union([z.number(), z.string()]).transform((v, c) => {
  const s = String(v).trim();
  try {
    if (!/^\d{1,3}(\.\d{1,6})?$/.test(s)) throw new RangeError("format");
    parseTarget(s);
    return s;
  } catch {
    c.addIssue({
      code: "custom",
      message: "The target is a percentage above 0 and at most 100 with up to 6 decimals, like 99.9.",
    });
    return z.NEVER;
  }
});
const ratio = (what: string, allowZero: boolean) =>
  z.union([z.number(), z.string()]).transform((v, c) => {
    const s = String(v).trim();
    const n = Number(s);
    if (!/^\d(\.\d{1,6})?$/.test(s) || n > 1 || (!allowZero && n <= 0)) {
      c.addIssue({
        code: "custom",
        message: `${what} is a ratio ${allowZero ? "from 0" : "above 0"} to 1 with up to 6 decimals, like 0.99.`,
      });
      return z.NEVER;
    }
    return s;
  });

const alertConditionSchema = z.object({
  id: z.string().trim().min(1).max(40),
  severity: z.enum(["page", "ticket"]),
  factor: z.number().positive("A burn-rate factor is above 0."),
  longWindowMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 90),
  shortWindowMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 90),
});

const sloBase = z.object({
  sliId: z.string().min(1, "Name the SLI this SLO is measured on (sliId)."),
  name: z.string().trim().min(1, "Give the SLO a name.").max(100),
  description: z.string().max(2000),
  target: percent,
  windowKind: z.enum(["rolling", "calendar"]),
  windowDays: z
    .number()
    .int()
    .min(1, "A rolling window is 1 to 90 days.")
    .max(90, "A rolling window is 1 to 90 days.")
    .nullable()
    .optional(),
  calendarUnit: z.enum(["week", "month"]).nullable().optional(),
  timeZone: timeZoneSchema,
  budgetingMethod: z.enum(["occurrences", "timeslices"]),
  timesliceThreshold: ratio("timesliceThreshold", false).nullable().optional(),
  alertConditions: z.array(alertConditionSchema).max(10).nullable().optional(),
  minEvents: z.number().int().min(0),
  freezeBelowRatio: ratio("freezeBelowRatio", true),
  incidentPolicy: z.enum(["none", "page", "page_and_ticket"]),
  incidentSeverity: z.enum(["SEV1", "SEV2", "SEV3", "SEV4"]),
});

// Defaults apply on create only: a PATCH that omits a field leaves it as it is.
const sloFields = sloBase.extend({
  description: sloBase.shape.description.default(""),
  windowKind: sloBase.shape.windowKind.default("rolling"),
  timeZone: timeZoneSchema.default("UTC"),
  budgetingMethod: sloBase.shape.budgetingMethod.default("occurrences"),
  minEvents: sloBase.shape.minEvents.default(0),
  freezeBelowRatio: sloBase.shape.freezeBelowRatio.default("0"),
  incidentPolicy: sloBase.shape.incidentPolicy.default("none"),
  incidentSeverity: sloBase.shape.incidentSeverity.default("SEV2"),
});

type Combo = {
  windowKind?: string;
  windowDays?: number | null;
  calendarUnit?: string | null;
  budgetingMethod?: string;
  timesliceThreshold?: string | null;
  alertConditions?: { id: string }[] | null;
};
/** Issues with the window/method combination, as [{ path, message }]. */
function comboIssues(v: Combo): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (v.windowKind === "rolling" && !v.windowDays)
    issues.push({ path: "windowDays", message: "A rolling window needs windowDays (e.g. 7, 28 or 30)." });
  if (v.windowKind === "calendar" && !v.calendarUnit)
    issues.push({ path: "calendarUnit", message: "A calendar window needs calendarUnit: week or month." });
  if (v.budgetingMethod === "timeslices" && !v.timesliceThreshold)
    issues.push({
      path: "timesliceThreshold",
      message: "Timeslices need the ratio a minute must meet to be good (e.g. 0.99).",
    });
  const ids = (v.alertConditions ?? []).map((c) => c.id);
  if (new Set(ids).size !== ids.length)
    issues.push({ path: "alertConditions", message: "Alert condition ids must be unique." });
  return issues;
}

export const createSloSchema = sloFields
  .transform((v) => ({
    ...v,
    windowDays: v.windowKind === "rolling" ? (v.windowDays ?? 30) : null,
    calendarUnit: v.windowKind === "calendar" ? v.calendarUnit : null,
  }))
  .superRefine((v, c) =>
    comboIssues(v).forEach((i) => c.addIssue({ code: "custom", path: [i.path], message: i.message })),
  );
export const updateSloSchema = sloBase.partial().omit({ sliId: true });
export type CreateSloInput = z.infer<typeof createSloSchema>;
export type UpdateSloInput = z.infer<typeof updateSloSchema>;

export const sloListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  sliId: z.string().optional(),
  serviceId: z.string().optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt", "updatedAt", "-updatedAt"]).default("name"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SloListQuery = z.infer<typeof sloListQuerySchema>;

export const sloSelect = {
  id: true,
  sliId: true,
  name: true,
  description: true,
  target: true,
  windowKind: true,
  windowDays: true,
  calendarUnit: true,
  timeZone: true,
  budgetingMethod: true,
  timesliceThreshold: true,
  alertConditions: true,
  minEvents: true,
  freezeBelowRatio: true,
  incidentPolicy: true,
  incidentSeverity: true,
  managedBy: true,
  managedSource: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  sli: { select: { serviceId: true, name: true } },
} as const;
export type SloRow = Prisma.SloGetPayload<{ select: typeof sloSelect }>;

export function sloJson(s: SloRow) {
  const { sli, ...rest } = s;
  return {
    ...rest,
    serviceId: sli.serviceId,
    sliName: sli.name,
    target: s.target.toString(),
    timesliceThreshold: s.timesliceThreshold === null ? null : s.timesliceThreshold.toString(),
    freezeBelowRatio: s.freezeBelowRatio.toString(),
  };
}

/** The pure library's view of a stored SLO. */
export function sloDefinition(
  s: Pick<
    SloRow,
    | "target"
    | "budgetingMethod"
    | "timesliceThreshold"
    | "windowKind"
    | "windowDays"
    | "calendarUnit"
    | "timeZone"
    | "minEvents"
    | "alertConditions"
  >,
): SloDefinition {
  return {
    target: s.target.toString(),
    method: s.budgetingMethod,
    ...(s.timesliceThreshold !== null ? { timesliceThreshold: Number(s.timesliceThreshold.toString()) } : {}),
    window:
      s.windowKind === "rolling"
        ? { kind: "rolling", days: s.windowDays ?? 30 }
        : s.calendarUnit === "week"
          ? { kind: "calendar-week" }
          : { kind: "calendar-month" },
    timeZone: s.timeZone,
    minEvents: s.minEvents,
    ...(Array.isArray(s.alertConditions) ? { alertConditions: s.alertConditions as unknown as AlertCondition[] } : {}),
  };
}

export function sloWhere(
  ctx: OrgContext,
  query: Pick<SloListQuery, "q" | "sliId" | "serviceId">,
): Prisma.SloWhereInput {
  return {
    orgId: ctx.org.id,
    ...(query.sliId ? { sliId: query.sliId } : {}),
    ...(query.serviceId ? { sli: { serviceId: query.serviceId } } : {}),
    ...(query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
}

export async function listSlos(ctx: OrgContext, query: SloListQuery) {
  authorize(ctx, "org:read");
  const where = sloWhere(ctx, query);
  const [rows, total] = await Promise.all([
    db.slo.findMany({
      where,
      select: sloSelect,
      orderBy: [...orderOf(query.sort)],
      take: query.limit,
      skip: query.offset,
    }),
    db.slo.count({ where }),
  ]);
  return { data: rows.map(sloJson), total, limit: query.limit, offset: query.offset };
}

export async function findSlo(client: Tx | typeof db, ctx: OrgContext, id: string) {
  const slo = await client.slo.findFirst({ where: { id, orgId: ctx.org.id }, select: sloSelect });
  if (!slo) throw notFound("SLO");
  return slo;
}

export async function getSlo(ctx: OrgContext, id: string) {
  authorize(ctx, "org:read");
  return sloJson(await findSlo(db, ctx, id));
}

async function nameFree(ctx: OrgContext, name: string, exceptId?: string) {
  const taken = await db.slo.findFirst({
    where: { orgId: ctx.org.id, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict(`An SLO named "${name}" exists already.`);
}

const jsonOrNull = (v: unknown) => (v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue));

export async function createSlo(ctx: OrgContext, input: CreateSloInput) {
  authorize(ctx, "config:write");
  const sli = await db.sli.findFirst({ where: { id: input.sliId, orgId: ctx.org.id }, select: { id: true } });
  if (!sli)
    throw validationFailed("The SLO's SLI was not found.", [
      { path: "sliId", message: "No such SLI in this organization." },
    ]);
  await nameFree(ctx, input.name);
  const { alertConditions, ...rest } = input;
  return db.$transaction(async (tx) => {
    const slices = sliceInputsChanged(null, { ...input, sli: input.sliId });
    // Timeslices: the new SLO's rollups are built from the SLI's minutes, serialised with ingestion.
    if (slices) await lockSliPoints(tx, [input.sliId]);
    const slo = await tx.slo.create({
      data: {
        ...rest,
        orgId: ctx.org.id,
        ...(alertConditions !== undefined ? { alertConditions: jsonOrNull(alertConditions) } : {}),
      },
      select: sloSelect,
    });
    if (slices) await rebuildSliceRollups(tx, slo.id);
    await recordAudit(tx, ctx, { action: "slo.created", entityType: "slo", entityId: slo.id, after: sloJson(slo) });
    return sloJson(slo);
  });
}

export async function updateSlo(ctx: OrgContext, id: string, input: UpdateSloInput) {
  authorize(ctx, "config:write");
  const before = await findSlo(db, ctx, id);
  if (input.name && input.name !== before.name) await nameFree(ctx, input.name, id);
  const current = sloJson(before);
  const merged = { ...current, alertConditions: current.alertConditions as { id: string }[] | null, ...input };
  if (input.windowKind === "rolling" && merged.windowDays === null) merged.windowDays = 30;
  const issues = comboIssues(merged);
  if (issues.length) throw validationFailed(issues.map((i) => i.message).join(" "), issues);
  const { alertConditions, ...rest } = input;
  const slices = sliceInputsChanged(
    { ...before, sli: before.sliId },
    {
      sli: before.sliId,
      budgetingMethod: merged.budgetingMethod,
      timesliceThreshold: merged.timesliceThreshold ?? null,
    },
  );
  return db.$transaction(async (tx) => {
    if (slices) await lockSliPoints(tx, [before.sliId]);
    const slo = await tx.slo.update({
      where: { id: before.id },
      data: {
        ...rest,
        windowDays: merged.windowKind === "rolling" ? merged.windowDays : null,
        calendarUnit: merged.windowKind === "calendar" ? merged.calendarUnit : null,
        ...(alertConditions !== undefined ? { alertConditions: jsonOrNull(alertConditions) } : {}),
        version: { increment: 1 },
      },
      select: sloSelect,
    });
    if (slices) await rebuildSliceRollups(tx, slo.id);
    await recordAudit(tx, ctx, {
      action: "slo.updated",
      entityType: "slo",
      entityId: id,
      before: current,
      after: sloJson(slo),
    });
    return sloJson(slo);
  });
}

export async function deleteSlo(ctx: OrgContext, id: string) {
  authorize(ctx, "config:write");
  const before = await findSlo(db, ctx, id);
  await db.$transaction(async (tx) => {
    // Ingestion writing this SLO's timeslice rollups must not race the delete (foreign key).
    if (before.budgetingMethod === "timeslices") await lockSliPoints(tx, [before.sliId]);
    await tx.slo.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, { action: "slo.deleted", entityType: "slo", entityId: id, before: sloJson(before) });
  });
}
