import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { validationFailed } from "@/lib/errors";
import type { AlertCondition } from "../types";
import { canonicalDecimal } from "./decimal";
import { exportOpenSlo } from "./export";
import { MANAGED_BY, type DesiredState, type OpenSloIssue, type Plan } from "./model";
import { parseOpenSlo } from "./parse";
import { planOpenSlo, type CurrentState } from "./plan";

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
    client.service.findMany({ where: { orgId }, select: { slug: true, name: true, description: true }, orderBy: { slug: "asc" } }),
    client.sli.findMany({ where: { orgId }, include: { service: { select: { slug: true } } }, orderBy: { name: "asc" } }),
    client.slo.findMany({ where: { orgId }, include: { sli: { select: { name: true, service: { select: { slug: true } } } } }, orderBy: { name: "asc" } }),
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
      timesliceThreshold: s.budgetingMethod === "timeslices" && s.timesliceThreshold !== null ? canonicalDecimal(s.timesliceThreshold.toString()) : null,
      alertConditions: Array.isArray(s.alertConditions) ? (s.alertConditions as unknown as AlertCondition[]) : null,
      managedBy: s.managedBy,
    })),
  };
}

function parseOrThrow(yaml: string): DesiredState {
  const parsed = parseOpenSlo(yaml);
  if (!parsed.ok) invalid(parsed.issues);
  return parsed.desired;
}

/** What applying `yaml` would change; nothing is written. */
export async function planOpenSloYaml(ctx: OrgContext, yaml: string): Promise<Plan> {
  authorize(ctx, "config:write");
  const desired = parseOrThrow(yaml);
  const { plan, issues } = planOpenSlo(desired, await loadCurrent(db, ctx.org.id));
  if (issues.length) invalid(issues);
  return plan;
}

/**
 * Applies `yaml` in one transaction: creates and updates what it names (marking SLIs and
 * SLOs managed by OpenSLO) and deletes managed SLIs/SLOs it no longer names. Services are
 * never deleted: they hold incidents and are not marked as managed.
 */
export async function applyOpenSloYaml(ctx: OrgContext, yaml: string): Promise<Plan> {
  authorize(ctx, "config:write");
  const desired = parseOrThrow(yaml);
  return db.$transaction(
    async (tx) => {
      // Serialises concurrent applies to one organization, so each plans against what the other wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vigil:openslo:${ctx.org.id}`}, 0))`;
      const current = await loadCurrent(tx, ctx.org.id);
      const { plan, issues } = planOpenSlo(desired, current);
      if (issues.length) invalid(issues);
      const touched = new Set([...plan.created, ...plan.updated].map((e) => `${e.kind}/${e.name}`));
      const orgId = ctx.org.id;

      for (const s of desired.services) {
        if (!touched.has(`Service/${s.slug}`)) continue;
        const row = await tx.service.upsert({ where: { orgId_slug: { orgId, slug: s.slug } }, create: { orgId, ...s }, update: { name: s.name, description: s.description } });
        await recordAudit(tx, ctx, { action: "service.applied_from_openslo", entityType: "service", entityId: row.id, after: s });
      }
      const serviceIds = new Map((await tx.service.findMany({ where: { orgId }, select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));

      for (const e of plan.deleted.filter((d) => d.kind === "SLO")) {
        const row = await tx.slo.delete({ where: { orgId_name: { orgId, name: e.name } }, select: { id: true } });
        await recordAudit(tx, ctx, { action: "slo.deleted_by_openslo", entityType: "slo", entityId: row.id, before: current.slos.find((s) => s.name === e.name) });
      }
      for (const s of desired.slis) {
        if (!touched.has(`SLI/${s.name}`)) continue;
        const { serviceSlug, name, ...fields } = s;
        const before = current.slis.find((c) => c.name === name);
        const data = { ...fields, thresholdUnit: before?.thresholdUnit ?? null, serviceId: serviceIds.get(serviceSlug)!, managedBy: MANAGED_BY };
        // New PromQL: poll the SLO window again, so its minutes are replaced with the new queries' values.
        const requeried = before && (before.goodQuery !== s.goodQuery || before.totalQuery !== s.totalQuery) ? { polledUntil: null, lastPollError: null } : {};
        const row = await tx.sli.upsert({ where: { orgId_name: { orgId, name } }, create: { orgId, name, ...data }, update: { ...data, ...requeried } });
        await recordAudit(tx, ctx, { action: "sli.applied_from_openslo", entityType: "sli", entityId: row.id, before, after: s });
      }
      const sliIds = new Map((await tx.sli.findMany({ where: { orgId }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
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
          alertConditions: alertConditions === null ? Prisma.DbNull : (alertConditions as unknown as Prisma.InputJsonValue),
          managedBy: MANAGED_BY,
        };
        const row = await tx.slo.upsert({ where: { orgId_name: { orgId, name } }, create: { orgId, name, ...data }, update: { ...data, version: { increment: 1 } } });
        await recordAudit(tx, ctx, { action: "slo.applied_from_openslo", entityType: "slo", entityId: row.id, before: current.slos.find((c) => c.name === name), after: s });
      }
      for (const e of plan.deleted.filter((d) => d.kind === "SLI")) {
        const row = await tx.sli.delete({ where: { orgId_name: { orgId, name: e.name } }, select: { id: true } });
        await recordAudit(tx, ctx, { action: "sli.deleted_by_openslo", entityType: "sli", entityId: row.id, before: current.slis.find((s) => s.name === e.name) });
      }
      await recordAudit(tx, ctx, { action: "openslo.applied", entityType: "organization", entityId: orgId, after: plan });
      return plan;
    },
    { timeout: APPLY_TRANSACTION_MS, maxWait: 10_000 },
  );
}

/** The organization's services, SLIs and SLOs as OpenSLO v1 YAML. */
export async function exportOpenSloYaml(ctx: OrgContext): Promise<string> {
  authorize(ctx, "org:read");
  return exportOpenSlo(await loadCurrent(db, ctx.org.id));
}
