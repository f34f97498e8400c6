import type { ComponentStatus, Impact, Indicator, IncidentStatus, Severity } from "./types";

const RANK: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export const SEVERITY_COMPONENT_STATUS: Record<Severity, ComponentStatus> = {
  SEV1: "major_outage",
  SEV2: "partial_outage",
  SEV3: "degraded_performance",
  SEV4: "degraded_performance",
};

export const SEVERITY_IMPACT: Record<Severity, Impact> = {
  SEV1: "critical",
  SEV2: "major",
  SEV3: "minor",
  SEV4: "minor",
};

export const worstStatus = (statuses: Iterable<ComponentStatus>): ComponentStatus => {
  let worst: ComponentStatus = "operational";
  for (const s of statuses) if (RANK[s] > RANK[worst]) worst = s;
  return worst;
};

export type OpenIncidentImpact = { severity: Severity; status: IncidentStatus; serviceIds: readonly string[] };

export type ComponentStatusInput = {
  serviceId: string | null;
  overrideStatus: ComponentStatus | null;
  /** An affecting maintenance is in progress or verifying (see maintenance.ts). */
  underMaintenance: boolean;
};

/**
 * A responder's override wins; otherwise the worst impact of the open incidents on the
 * component's service; otherwise under maintenance during a maintenance window. An outage
 * during maintenance shows as the outage, since it is the more useful thing to tell readers.
 */
export function deriveComponentStatus(
  component: ComponentStatusInput,
  incidents: readonly OpenIncidentImpact[],
): ComponentStatus {
  if (component.overrideStatus) return component.overrideStatus;
  const fromIncidents = worstStatus(
    incidents
      .filter(
        (i) => i.status !== "resolved" && component.serviceId !== null && i.serviceIds.includes(component.serviceId),
      )
      .map((i) => SEVERITY_COMPONENT_STATUS[i.severity]),
  );
  if (fromIncidents !== "operational") return fromIncidents;
  return component.underMaintenance ? "under_maintenance" : "operational";
}

export type PageStatus = { indicator: Indicator; description: string };

const COMPONENT_INDICATOR: Record<ComponentStatus, Indicator> = {
  operational: "none",
  under_maintenance: "maintenance",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};
const INDICATOR_RANK: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

// Atlassian Statuspage's own wording, which widgets and monitors display verbatim.
export const INDICATOR_DESCRIPTION: Record<Indicator, string> = {
  none: "All Systems Operational",
  maintenance: "Service Under Maintenance",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major System Outage",
};

/** The page's overall status: the worst of its components' statuses and its unresolved incidents' impacts. */
export function pageStatus(
  componentStatuses: Iterable<ComponentStatus>,
  unresolvedImpacts: Iterable<Impact> = [],
): PageStatus {
  let indicator: Indicator = "none";
  const raise = (candidate: Indicator) => {
    if (INDICATOR_RANK[candidate] > INDICATOR_RANK[indicator]) indicator = candidate;
  };
  for (const s of componentStatuses) raise(COMPONENT_INDICATOR[s]);
  for (const impact of unresolvedImpacts) raise(impact);
  return { indicator, description: INDICATOR_DESCRIPTION[indicator] };
}
