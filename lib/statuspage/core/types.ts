// The public data a status page may show. Serializers accept only these types, and the only
// way to make a PublicIncident is toPublicIncident(), which drops private incidents and
// internal updates: `private: false` and `visibility: "public"` are literal types on purpose.

export const COMPONENT_STATUSES = [
  "operational",
  "under_maintenance",
  "degraded_performance",
  "partial_outage",
  "major_outage",
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export type Impact = "none" | "minor" | "major" | "critical";
export type Indicator = Impact | "maintenance";
export type Severity = "SEV1" | "SEV2" | "SEV3" | "SEV4";
export type IncidentStatus = "investigating" | "identified" | "monitoring" | "resolved";
export type PublicIncidentStatus = IncidentStatus | "postmortem";
export type MaintenanceStatus = "scheduled" | "in_progress" | "verifying" | "completed";

export type AffectedComponent = {
  componentId: string;
  name: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
};

export type PublicUpdate = {
  id: string;
  visibility: "public";
  status: PublicIncidentStatus;
  body: string;
  createdAt: Date;
  displayAt: Date;
  affectedComponents: AffectedComponent[];
};

export type PublicIncident = {
  id: string;
  private: false;
  name: string;
  status: PublicIncidentStatus;
  severity: Severity;
  startedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
  /** The status-page components it affects (through its services). */
  components: PublicComponentRef[];
  updates: PublicUpdate[];
};

export type PublicComponentRef = { id: string; name: string };

/** An incident as read from the incidents area, before anything is made public. */
export type IncidentRecord = {
  id: string;
  private: boolean;
  title: string;
  status: IncidentStatus;
  severity: Severity;
  startedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  mitigatedAt?: Date | null;
  resolvedAt: Date | null;
  components: PublicComponentRef[];
  updates: {
    id: string;
    visibility: "public" | "internal";
    status: IncidentStatus;
    body: string;
    createdAt: Date;
    affectedComponents?: AffectedComponent[];
  }[];
};

export type StatusPageInfo = { id: string; name: string; url: string; timeZone: string; updatedAt: Date };

export type ComponentInfo = {
  id: string;
  name: string;
  description: string | null;
  position: number;
  showcase: boolean;
  onlyShowIfDegraded: boolean;
  startDate: Date | null;
  groupId: string | null;
  createdAt: Date;
  updatedAt: Date;
  status: ComponentStatus;
};

export type GroupInfo = {
  id: string;
  name: string;
  description: string | null;
  position: number;
  createdAt: Date;
  updatedAt: Date;
};

export type PublicMaintenanceUpdate = {
  id: string;
  status: MaintenanceStatus;
  body: string;
  createdAt: Date;
  displayAt: Date;
};

export type PublicMaintenance = {
  id: string;
  name: string;
  scheduledFor: Date;
  scheduledUntil: Date;
  verifyingAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  components: PublicComponentRef[];
  updates: PublicMaintenanceUpdate[];
};

/**
 * The one gate between incidents and the public: null for a private incident, and only the
 * public updates of the others.
 */
export function toPublicIncident(incident: IncidentRecord): PublicIncident | null {
  if (incident.private) return null;
  const updates: PublicUpdate[] = [];
  for (const update of incident.updates) {
    if (update.visibility !== "public") continue;
    updates.push({
      id: update.id,
      visibility: "public",
      status: update.status,
      body: update.body,
      createdAt: update.createdAt,
      displayAt: update.createdAt,
      affectedComponents: update.affectedComponents ?? [],
    });
  }
  updates.sort((a, b) => b.displayAt.getTime() - a.displayAt.getTime());
  const monitoring = updates.filter((u) => u.status === "monitoring").at(-1);
  return {
    id: incident.id,
    private: false,
    name: incident.title,
    status: incident.status,
    severity: incident.severity,
    startedAt: incident.startedAt,
    createdAt: incident.createdAt,
    updatedAt: incident.updatedAt,
    monitoringAt: monitoring?.displayAt ?? incident.mitigatedAt ?? null,
    resolvedAt: incident.resolvedAt,
    components: incident.components,
    updates,
  };
}
