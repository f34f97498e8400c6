import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, validationFailed } from "@/lib/errors";
import { lockSliPoints, rebuildSliceRollups, sliceInputsChanged } from "../rollups";
import type { AlertCondition } from "../core/types";
import { canonicalDecimal } from "./core/decimal";
import { exportOpenSlo } from "./core/export";
import { MANAGED_BY, type DesiredState, type OpenSloIssue, type Plan } from "./core/model";
import { parseOpenSlo } from "./core/parse";
import { planOpenSlo, sourceOf, type CurrentState } from "./core/plan";
import { DEFAULT_SOURCE, SOURCE_ANNOTATION } from "./core/schema";

/** Which source an apply writes to (`?source=`, else the file's annotation, else "default"), and whether it may adopt. */
export type ApplyOptions = { source?: string | undefined; adopt?: boolean | undefined };

const APPLY_TRANSACTION_MS = 60_000;

function invalid(issues: OpenSloIssue[]): never {
  const first = issues[0];
  throw validationFailed(
    `The OpenSLO file has ${issues.length} problem${issues.length === 1 ? "" : "s"}${first ? `; first: ${first.document} ${first.path}: ${first.message}` : ""}.`,
    issues,
  );
}

async function loadCurrent(client: Tx | typeof db, orgId: string): Promise<CurrentState> {
  const [services, slis, slos] = await Promise.all([
    client.service.findMany({
      where: { orgId },
      select: { slug: true, name: true, description: true },
      orderBy: { slug: "asc" },
    }),
    client.sli.findMany({
      where: { orgId },
      include: { service: { select: { slug: true } } },
      orderBy: { name: "asc" },
    }),
    client.slo.findMany({
      where: { orgId },
      include: { sli: { select: { name: true, service: { select: { slug: true } } } } },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    services,
    slis: slis.map((s) => ({
      name: s.name,
      serviceSlug: s.service.slug,
      description: s.description,
      kind: s.kind,
      source: s.source,
      goodQuery: s.goodQuery,
      totalQuery: s.totalQuery,
      thresholdValue: s.thresholdValue === null ? null : canonicalDecimal(s.thresholdValue.toString()),
      thresholdUnit: s.thresholdUnit,
      managedBy: s.managedBy,
      managedSource: s.managedSource,
    })),
    slos: slos.map((s) => ({
      name: s.name,
      sliName: s.sli.name,
      serviceSlug: s.sli.service.slug,
      description: s.description,
      target: canonicalDecimal(s.target.toString()),
      windowKind: s.windowKind,
      windowDays: s.windowKind === "rolling" ? s.windowDays : null,
      calendarUnit: s.windowKind === "calendar" ? s.calendarUnit : null,
      timeZone: s.windowKind === "calendar" ? s.timeZone : "UTC",
      budgetingMethod: s.budgetingMethod,
      timesliceThreshold:
        s.budgetingMethod === "timeslices" && s.timesliceThreshold !== null
          ? canonicalDecimal(s.timesliceThreshold.toString())
          : null,
      alertConditions: Array.isArray(s.alertConditions) ? (s.alertConditions as unknown as AlertCondition[]) : null,
      managedBy: s.managedBy,
      managedSource: s.managedSource,
    })),
  };
}

function parseOrThrow(yaml: string): DesiredState {
  const parsed = parseOpenSlo(yaml);
  if (!parsed.ok) invalid(parsed.issues);
  return parsed.desired;
}

/** The source the file is applied as; a file naming another source than the request asks for is refused. */
function sourceFor(desired: DesiredState, options: ApplyOptions): string {
  const named = desired.source;
  if (options.source && named && named.name !== options.source) {
    invalid([
      {
        document: named.document,
        path: `metadata.annotations.${SOURCE_ANNOTATION}`,
        message: `The file names source "${named.name}" but it is being applied as source "${options.source}"; use one.`,
      },
    ]);
  }
  return options.source ?? named?.name ?? DEFAULT_SOURCE;
}

function planOrThrow(
  desired: DesiredState,
  current: CurrentState,
  options: ApplyOptions,
): { plan: Plan; source: string } {
  const source = sourceFor(desired, options);
  const { plan, issues, conflicts } = planOpenSlo(desired, current, { source, adopt: options.adopt ?? false });
  if (issues.length) invalid([...issues, ...conflicts]);
  if (conflicts.length)
    throw conflict(
      `${conflicts.length} object${conflicts.length === 1 ? " is" : "s are"} managed by another OpenSLO source; first: ${conflicts[0]!.message}`,
      conflicts,
    );
  return { plan: { ...plan, source }, source };
}

/** What applying `yaml` would change; nothing is written. */
export async function planOpenSloYaml(ctx: OrgContext, yaml: string, options: ApplyOptions = {}): Promise<Plan> {
  authorize(ctx, "config:write");
  return planOrThrow(parseOrThrow(yaml), await loadCurrent(db, ctx.org.id), options).plan;
}

/**
 * Applies `yaml` in one transaction: creates and updates what it names (marking SLIs and
 * SLOs managed by OpenSLO, in the source applying) and deletes that source's SLIs/SLOs it no
 * longer names. Services are never deleted: they hold incidents and are not marked as managed.
 */
export async function applyOpenSloYaml(ctx: OrgContext, yaml: string, options: ApplyOptions = {}): Promise<Plan> {
  authorize(ctx, "config:write");
  const desired = parseOrThrow(yaml);
  return db.$transaction(
    async (tx) => {
      // Serialises concurrent applies to one organization, so each plans against what the other wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vigil:openslo:${ctx.org.id}`}, 0))`;
      const current = await loadCurrent(tx, ctx.org.id);
      const { plan, source } = planOrThrow(desired, current, options);
      const touched = new Set([...plan.created, ...plan.updated].map((e) => `${e.kind}/${e.name}`));
      const orgId = ctx.org.id;
      const managed = { managedBy: MANAGED_BY, managedSource: source };
      // Ingestion into the SLIs whose SLOs change must not race the timeslice rollups being rebuilt
      // or the SLOs being deleted: lock them all first, in one order.
      const changedSlos = new Set([...touched, ...plan.deleted.map((e) => `${e.kind}/${e.name}`)]);
      const sliNames = new Set([
        ...current.slos.filter((s) => changedSlos.has(`SLO/${s.name}`)).map((s) => s.sliName),
        ...desired.slos.filter((s) => touched.has(`SLO/${s.name}`)).map((s) => s.sliName),
      ]);
      const locked = await tx.sli.findMany({ where: { orgId, name: { in: [...sliNames] } }, select: { id: true } });
      await lockSliPoints(
        tx,
        locked.map((s) => s.id),
      );
      const rebuild: string[] = [];

      for (const s of desired.services) {
        if (!touched.has(`Service/${s.slug}`)) continue;
        const row = await tx.service.upsert({
          where: { orgId_slug: { orgId, slug: s.slug } },
          create: { orgId, ...s },
          update: { name: s.name, description: s.description },
        });
        await recordAudit(tx, ctx, {
          action: "service.applied_from_openslo",
          entityType: "service",
          entityId: row.id,
          after: s,
        });
      }
      const serviceIds = new Map(
        (await tx.service.findMany({ where: { orgId }, select: { id: true, slug: true } })).map((s) => [s.slug, s.id]),
      );

      for (const e of plan.deleted.filter((d) => d.kind === "SLO")) {
        const row = await tx.slo.delete({ where: { orgId_name: { orgId, name: e.name } }, select: { id: true } });
        await recordAudit(tx, ctx, {
          action: "slo.deleted_by_openslo",
          entityType: "slo",
          entityId: row.id,
          before: current.slos.find((s) => s.name === e.name),
        });
      }
      for (const s of desired.slis) {
        if (!touched.has(`SLI/${s.name}`)) continue;
        const { serviceSlug, name, ...fields } = s;
        const before = current.slis.find((c) => c.name === name);
        const data = {
          ...fields,
          thresholdUnit: before?.thresholdUnit ?? null,
          serviceId: serviceIds.get(serviceSlug)!,
          ...managed,
        };
        // New PromQL: poll the SLO window again, so its minutes are replaced with the new queries' values.
        const requeried =
          before && (before.goodQuery !== s.goodQuery || before.totalQuery !== s.totalQuery)
            ? { polledUntil: null, lastPollError: null }
            : {};
        const row = await tx.sli.upsert({
          where: { orgId_name: { orgId, name } },
          create: { orgId, name, ...data },
          update: { ...data, ...requeried },
        });
        await recordAudit(tx, ctx, {
          action: "sli.applied_from_openslo",
          entityType: "sli",
          entityId: row.id,
          before,
          after: s,
        });
      }
      const sliIds = new Map(
        (await tx.sli.findMany({ where: { orgId }, select: { id: true, name: true } })).map((s) => [s.name, s.id]),
      );
      for (const s of desired.slos) {
        if (!touched.has(`SLO/${s.name}`)) continue;
        const { name, alertConditions } = s;
        const data = {
          description: s.description,
          target: s.target,
          windowKind: s.windowKind,
          windowDays: s.windowDays,
          calendarUnit: s.calendarUnit,
          timeZone: s.timeZone,
          budgetingMethod: s.budgetingMethod,
          timesliceThreshold: s.timesliceThreshold,
          sliId: sliIds.get(s.sliName)!,
          alertConditions:
            alertConditions === null ? Prisma.DbNull : (alertConditions as unknown as Prisma.InputJsonValue),
          ...managed,
        };
        const row = await tx.slo.upsert({
          where: { orgId_name: { orgId, name } },
          create: { orgId, name, ...data },
          update: { ...data, version: { increment: 1 } },
        });
        const before = current.slos.find((c) => c.name === name);
        const sliceKey = (o: { sliName: string; budgetingMethod: string; timesliceThreshold: string | null }) => ({
          sli: o.sliName,
          budgetingMethod: o.budgetingMethod,
          timesliceThreshold: o.timesliceThreshold,
        });
        if (sliceInputsChanged(before ? sliceKey(before) : null, sliceKey(s))) rebuild.push(row.id);
        await recordAudit(tx, ctx, {
          action: "slo.applied_from_openslo",
          entityType: "slo",
          entityId: row.id,
          before,
          after: { ...s, managedSource: source },
        });
      }
      for (const id of rebuild) await rebuildSliceRollups(tx, id);
      for (const e of plan.deleted.filter((d) => d.kind === "SLI")) {
        const row = await tx.sli.delete({ where: { orgId_name: { orgId, name: e.name } }, select: { id: true } });
        await recordAudit(tx, ctx, {
          action: "sli.deleted_by_openslo",
          entityType: "sli",
          entityId: row.id,
          before: current.slis.find((s) => s.name === e.name),
        });
      }
      await recordAudit(tx, ctx, {
        action: "openslo.applied",
        entityType: "organization",
        entityId: orgId,
        after: plan,
      });
      return plan;
    },
    { timeout: APPLY_TRANSACTION_MS, maxWait: 10_000 },
  );
}

/** The organization's services, SLIs and SLOs as OpenSLO v1 YAML; with `source`, only what that source manages. */
export async function exportOpenSloYaml(
  ctx: OrgContext,
  options: { source?: string | undefined } = {},
): Promise<string> {
  authorize(ctx, "org:read");
  const current = await loadCurrent(db, ctx.org.id);
  if (!options.source) return exportOpenSlo(current);
  const slos = current.slos.filter((s) => sourceOf(s) === options.source);
  const sliNames = new Set(slos.map((s) => s.sliName));
  const slugs = new Set(slos.map((s) => s.serviceSlug));
  return exportOpenSlo(
    {
      services: current.services.filter((s) => slugs.has(s.slug)),
      slis: current.slis.filter((s) => sliNames.has(s.name)),
      slos,
    },
    options.source,
  );
}
