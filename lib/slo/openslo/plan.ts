// Pure: what applying a desired state would change in an organization, matched by name.
import type { AlertCondition } from "../types";
import { MANAGED_BY, type DesiredService, type DesiredSli, type DesiredSlo, type DesiredState, type OpenSloIssue, type Plan, type PlanEntry } from "./model";

export type CurrentState = {
  services: DesiredService[];
  slis: (DesiredSli & { managedBy: string | null })[];
  slos: (DesiredSlo & { managedBy: string | null })[];
};

const SERVICE_FIELDS = ["name", "description"] as const;
// thresholdUnit has no OpenSLO field: Vigil keeps what it has.
const SLI_FIELDS = ["serviceSlug", "description", "kind", "source", "goodQuery", "totalQuery", "thresholdValue"] as const;
const SLO_FIELDS = ["sliName", "serviceSlug", "description", "target", "windowKind", "windowDays", "calendarUnit", "timeZone", "budgetingMethod", "timesliceThreshold", "alertConditions"] as const;

const canonicalConditions = (c: AlertCondition[] | null) =>
  c === null ? null : c.map(({ id, severity, factor, longWindowMinutes, shortWindowMinutes }) => ({ id, severity, factor, longWindowMinutes, shortWindowMinutes }));

function changedFields<T extends object>(desired: T, current: T, fields: readonly (keyof T)[]): string[] {
  return fields.filter((f) => {
    const a = f === "alertConditions" ? canonicalConditions(desired[f] as AlertCondition[] | null) : desired[f];
    const b = f === "alertConditions" ? canonicalConditions(current[f] as AlertCondition[] | null) : current[f];
    return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  }) as string[];
}

function diff<T extends object>(kind: PlanEntry["kind"], desired: T[], current: T[], key: (o: T) => string, fields: readonly (keyof T)[], plan: Plan, managedAlready?: (o: T) => boolean) {
  const byKey = new Map(current.map((o) => [key(o), o]));
  for (const want of desired) {
    const have = byKey.get(key(want));
    if (!have) plan.created.push({ kind, name: key(want) });
    else {
      const changes = changedFields(want, have, fields);
      // Taking over an object made in the UI is a change too: it becomes managed by git.
      if (managedAlready && !managedAlready(have)) changes.push("managedBy");
      if (changes.length) plan.updated.push({ kind, name: key(want), changes });
      else plan.unchanged.push({ kind, name: key(want) });
    }
  }
  const wanted = new Set(desired.map(key));
  for (const have of current) if (managedAlready?.(have) && !wanted.has(key(have))) plan.deleted.push({ kind, name: key(have) });
}

/** The plan, or the SLOs that name a service neither in the file nor in the organization. */
export function planOpenSlo(desired: DesiredState, current: CurrentState): { plan: Plan; issues: OpenSloIssue[] } {
  const plan: Plan = { created: [], updated: [], unchanged: [], deleted: [] };
  const known = new Set([...desired.services, ...current.services].map((s) => s.slug));
  const issues = desired.slos
    .filter((s) => !known.has(s.serviceSlug))
    .map((s) => ({ document: `SLO/${s.name}`, path: "spec.service", message: `No service "${s.serviceSlug}" in this file or in the organization.` }));
  const managed = (o: { managedBy: string | null }) => o.managedBy === MANAGED_BY;
  diff("Service", desired.services, current.services, (s) => s.slug, SERVICE_FIELDS, plan);
  diff("SLI", desired.slis, current.slis as DesiredSli[], (s) => s.name, SLI_FIELDS, plan, (s) => managed(s as CurrentState["slis"][number]));
  diff("SLO", desired.slos, current.slos as DesiredSlo[], (s) => s.name, SLO_FIELDS, plan, (s) => managed(s as CurrentState["slos"][number]));
  // Deleting an SLI deletes its SLOs: refuse when one of them is not being deleted or moved too.
  const deletedSlis = new Set(plan.deleted.filter((e) => e.kind === "SLI").map((e) => e.name));
  const desiredSlos = new Map(desired.slos.map((s) => [s.name, s]));
  for (const slo of current.slos) {
    if (!deletedSlis.has(slo.sliName) || plan.deleted.some((e) => e.kind === "SLO" && e.name === slo.name)) continue;
    if (desiredSlos.has(slo.name)) continue;
    issues.push({ document: `SLI/${slo.sliName}`, path: "metadata.name", message: `Removing SLI "${slo.sliName}" would delete SLO "${slo.name}", which is not managed by OpenSLO; move or delete that SLO first.` });
  }
  return { plan, issues };
}

export function planSummary(plan: Plan): string {
  return (["created", "updated", "unchanged", "deleted"] as const).map((k) => `${plan[k].length} ${k}`).join(", ");
}
