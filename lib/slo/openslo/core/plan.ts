// Pure: what applying a desired state would change in an organization, matched by name.
import type { AlertCondition } from "../../core/types";
import {
  MANAGED_BY,
  type DesiredService,
  type DesiredSli,
  type DesiredSlo,
  type DesiredState,
  type OpenSloIssue,
  type Plan,
  type PlanEntry,
} from "./model";
import { DEFAULT_SOURCE } from "./schema";

type Managed = { managedBy: string | null; managedSource?: string | null };
export type CurrentState = {
  services: DesiredService[];
  slis: (DesiredSli & Managed)[];
  slos: (DesiredSlo & Managed)[];
};
/** `source`: the source applying; `adopt`: take over objects another source manages instead of refusing. */
export type PlanOptions = { source?: string; adopt?: boolean };

/** The OpenSLO source managing an object, null when made in the UI or API. */
export const sourceOf = (o: Managed): string | null =>
  o.managedBy === MANAGED_BY ? (o.managedSource ?? DEFAULT_SOURCE) : null;

const SERVICE_FIELDS = ["name", "description"] as const;
// thresholdUnit has no OpenSLO field: Vigil keeps what it has.
const SLI_FIELDS = [
  "serviceSlug",
  "description",
  "kind",
  "source",
  "goodQuery",
  "totalQuery",
  "thresholdValue",
] as const;
const SLO_FIELDS = [
  "sliName",
  "serviceSlug",
  "description",
  "target",
  "windowKind",
  "windowDays",
  "calendarUnit",
  "timeZone",
  "budgetingMethod",
  "timesliceThreshold",
  "alertConditions",
] as const;

const canonicalConditions = (c: AlertCondition[] | null) =>
  c === null
    ? null
    : c.map(({ id, severity, factor, longWindowMinutes, shortWindowMinutes }) => ({
        id,
        severity,
        factor,
        longWindowMinutes,
        shortWindowMinutes,
      }));

function changedFields<T extends object>(desired: T, current: T, fields: readonly (keyof T)[]): string[] {
  return fields.filter((f) => {
    const a = f === "alertConditions" ? canonicalConditions(desired[f] as AlertCondition[] | null) : desired[f];
    const b = f === "alertConditions" ? canonicalConditions(current[f] as AlertCondition[] | null) : current[f];
    return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  }) as string[];
}

type Ownership = { source: string; adopt: boolean; conflicts: OpenSloIssue[] };

function diff<T extends object>(
  kind: PlanEntry["kind"],
  desired: T[],
  current: T[],
  key: (o: T) => string,
  fields: readonly (keyof T)[],
  plan: Plan,
  ownership?: Ownership,
) {
  const byKey = new Map(current.map((o) => [key(o), o]));
  const owner = (o: T) => sourceOf(o as Managed);
  for (const want of desired) {
    const have = byKey.get(key(want));
    if (!have) {
      plan.created.push({ kind, name: key(want) });
      continue;
    }
    const changes = changedFields(want, have, fields);
    const by = owner(have);
    if (ownership && by === null)
      changes.push("managedBy"); // made in the UI: git takes it over
    else if (ownership && by !== ownership.source) {
      if (!ownership.adopt) {
        ownership.conflicts.push({
          document: `${kind}/${key(want)}`,
          path: "metadata.name",
          message: `${kind} "${key(want)}" is managed by the OpenSLO source "${by}", not "${ownership.source}": rename it, apply it from its own source, or adopt it into this one (adopt=true, CLI --adopt).`,
        });
        continue;
      }
      changes.push("managedSource");
    }
    if (changes.length) plan.updated.push({ kind, name: key(want), changes });
    else plan.unchanged.push({ kind, name: key(want) });
  }
  if (!ownership) return;
  const wanted = new Set(desired.map(key));
  // Only this source's objects are pruned: another repository's SLOs are never touched.
  for (const have of current)
    if (owner(have) === ownership.source && !wanted.has(key(have))) plan.deleted.push({ kind, name: key(have) });
}

/**
 * The plan for `options.source`; `issues`: SLOs that name a service neither in the file nor in the
 * organization, or removals that would take another's SLO with them; `conflicts`: objects another
 * source manages (unless adopting).
 */
export function planOpenSlo(
  desired: DesiredState,
  current: CurrentState,
  options: PlanOptions = {},
): { plan: Plan; issues: OpenSloIssue[]; conflicts: OpenSloIssue[] } {
  const plan: Plan = { created: [], updated: [], unchanged: [], deleted: [] };
  const ownership: Ownership = {
    source: options.source ?? DEFAULT_SOURCE,
    adopt: options.adopt ?? false,
    conflicts: [],
  };
  const known = new Set([...desired.services, ...current.services].map((s) => s.slug));
  const issues = desired.slos
    .filter((s) => !known.has(s.serviceSlug))
    .map((s) => ({
      document: `SLO/${s.name}`,
      path: "spec.service",
      message: `No service "${s.serviceSlug}" in this file or in the organization.`,
    }));
  diff("Service", desired.services, current.services, (s) => s.slug, SERVICE_FIELDS, plan);
  diff("SLI", desired.slis, current.slis, (s) => s.name, SLI_FIELDS, plan, ownership);
  diff("SLO", desired.slos, current.slos, (s) => s.name, SLO_FIELDS, plan, ownership);
  // Deleting an SLI deletes its SLOs: refuse when one of them is not being deleted or moved too.
  const deletedSlis = new Set(plan.deleted.filter((e) => e.kind === "SLI").map((e) => e.name));
  const desiredSlos = new Map(desired.slos.map((s) => [s.name, s]));
  for (const slo of current.slos) {
    if (!deletedSlis.has(slo.sliName) || plan.deleted.some((e) => e.kind === "SLO" && e.name === slo.name)) continue;
    if (desiredSlos.has(slo.name)) continue;
    issues.push({
      document: `SLI/${slo.sliName}`,
      path: "metadata.name",
      message: `Removing SLI "${slo.sliName}" would delete SLO "${slo.name}", which this source does not manage; move or delete that SLO first.`,
    });
  }
  return { plan, issues, conflicts: ownership.conflicts };
}

export function planSummary(plan: Plan): string {
  return (["created", "updated", "unchanged", "deleted"] as const).map((k) => `${plan[k].length} ${k}`).join(", ");
}
