// Atlassian Statuspage public API v2 (read-only) shapes, field for field, so existing
// clients, widgets and monitors work unchanged. Inputs are the public types only.
import { publicIdFor } from "./ids";
import { isMaintenanceActive, isMaintenanceUpcoming, maintenanceStatus } from "./maintenance";
import { pageStatus, SEVERITY_IMPACT, worstStatus, type PageStatus } from "./status";
import type {
  ComponentInfo,
  ComponentStatus,
  GroupInfo,
  Impact,
  PublicIncident,
  PublicMaintenance,
  StatusPageInfo,
} from "./types";

export type StatusSnapshot = {
  page: StatusPageInfo;
  components: ComponentInfo[];
  groups: GroupInfo[];
  incidents: PublicIncident[];
  maintenances: PublicMaintenance[];
};

export type V2Page = { id: string; name: string; url: string; time_zone: string; updated_at: string };
export type V2Component = {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  components?: string[];
};
export type V2AffectedComponent = {
  code: string;
  name: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
};
export type V2IncidentUpdate = {
  id: string;
  status: string;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: V2AffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
};
export type V2Incident = {
  id: string;
  name: string;
  status: string;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: Impact | "maintenance";
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: V2IncidentUpdate[];
  components: V2Component[];
};
export type V2Maintenance = V2Incident & { scheduled_for: string; scheduled_until: string };

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const newestFirst = <T extends { createdAt: Date }>(items: T[]) =>
  [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

export function serializePage(page: StatusPageInfo): V2Page {
  return { id: page.id, name: page.name, url: page.url, time_zone: page.timeZone, updated_at: iso(page.updatedAt) };
}

function serializeComponent(page: StatusPageInfo, c: ComponentInfo): V2Component {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    position: c.position,
    description: c.description,
    showcase: c.showcase,
    start_date: day(c.startDate),
    group_id: c.groupId,
    page_id: page.id,
    group: false,
    only_show_if_degraded: c.onlyShowIfDegraded,
  };
}

/** Groups are components with `group: true` and their members' ids, as in Statuspage. */
export function serializeComponents(s: Pick<StatusSnapshot, "page" | "components" | "groups">): V2Component[] {
  const out: V2Component[] = s.components.map((c) => serializeComponent(s.page, c));
  for (const g of s.groups) {
    const members = s.components.filter((c) => c.groupId === g.id).sort((a, b) => a.position - b.position);
    out.push({
      id: g.id,
      name: g.name,
      status: worstStatus(members.map((m) => m.status)),
      created_at: iso(g.createdAt),
      updated_at: iso(g.updatedAt),
      position: g.position,
      description: g.description,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: s.page.id,
      group: true,
      only_show_if_degraded: false,
      components: members.map((m) => m.id),
    });
  }
  return out.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

function componentsFor(s: Pick<StatusSnapshot, "page" | "components">, refs: { id: string }[]): V2Component[] {
  const byId = new Map(s.components.map((c) => [c.id, c]));
  return refs.flatMap((r) => {
    const c = byId.get(r.id);
    return c ? [serializeComponent(s.page, c)] : [];
  });
}

export function serializeIncident(
  s: Pick<StatusSnapshot, "page" | "components">,
  incident: PublicIncident,
): V2Incident {
  const id = publicIdFor("incident", incident.id);
  return {
    id,
    name: incident.name,
    status: incident.status,
    created_at: iso(incident.createdAt),
    updated_at: iso(incident.updatedAt),
    monitoring_at: isoOrNull(incident.monitoringAt),
    resolved_at: isoOrNull(incident.resolvedAt),
    impact: SEVERITY_IMPACT[incident.severity],
    shortlink: `${s.page.url}/incidents/${id}`,
    started_at: iso(incident.startedAt),
    page_id: s.page.id,
    incident_updates: newestFirst(incident.updates).map((u) => ({
      id: publicIdFor("incident_update", u.id),
      status: u.status,
      body: u.body,
      incident_id: id,
      created_at: iso(u.createdAt),
      updated_at: iso(u.createdAt),
      display_at: iso(u.displayAt),
      affected_components: u.affectedComponents.length
        ? u.affectedComponents.map((a) => ({
            code: a.componentId,
            name: a.name,
            old_status: a.oldStatus,
            new_status: a.newStatus,
          }))
        : null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: componentsFor(s, incident.components),
  };
}

export function serializeMaintenance(
  s: Pick<StatusSnapshot, "page" | "components">,
  m: PublicMaintenance,
  now: Date,
): V2Maintenance {
  const status = maintenanceStatus(m, now);
  const completedAt = status === "completed" ? (m.completedAt ?? m.scheduledUntil) : null;
  return {
    id: m.id,
    name: m.name,
    status,
    created_at: iso(m.createdAt),
    updated_at: iso(m.updatedAt),
    monitoring_at: status === "verifying" ? isoOrNull(m.verifyingAt) : null,
    resolved_at: isoOrNull(completedAt),
    impact: "maintenance",
    shortlink: `${s.page.url}/incidents/${m.id}`,
    started_at: iso(m.scheduledFor),
    page_id: s.page.id,
    incident_updates: newestFirst(m.updates).map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      incident_id: m.id,
      created_at: iso(u.createdAt),
      updated_at: iso(u.createdAt),
      display_at: iso(u.displayAt),
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: componentsFor(s, m.components),
    scheduled_for: iso(m.scheduledFor),
    scheduled_until: iso(m.scheduledUntil),
  };
}

const unresolved = (incidents: PublicIncident[]) =>
  incidents.filter((i) => i.status !== "resolved" && i.status !== "postmortem");

export function snapshotStatus(s: StatusSnapshot): PageStatus {
  return pageStatus(
    s.components.map((c) => c.status),
    unresolved(s.incidents).map((i) => SEVERITY_IMPACT[i.severity]),
  );
}

// Statuspage lists the 50 most recent incidents in incidents.json.
const INCIDENTS_LIMIT = 50;
const byScheduleDesc = (a: PublicMaintenance, b: PublicMaintenance) =>
  b.scheduledFor.getTime() - a.scheduledFor.getTime();

export const statusJson = (s: StatusSnapshot) => ({ page: serializePage(s.page), status: snapshotStatus(s) });

export const componentsJson = (s: StatusSnapshot) => ({
  page: serializePage(s.page),
  components: serializeComponents(s),
});

export const incidentsJson = (s: StatusSnapshot) => ({
  page: serializePage(s.page),
  incidents: newestFirst(s.incidents)
    .slice(0, INCIDENTS_LIMIT)
    .map((i) => serializeIncident(s, i)),
});

export const unresolvedIncidentsJson = (s: StatusSnapshot) => ({
  page: serializePage(s.page),
  incidents: newestFirst(unresolved(s.incidents)).map((i) => serializeIncident(s, i)),
});

export const maintenancesJson = (s: StatusSnapshot, now: Date) => ({
  page: serializePage(s.page),
  scheduled_maintenances: [...s.maintenances]
    .sort(byScheduleDesc)
    .slice(0, INCIDENTS_LIMIT)
    .map((m) => serializeMaintenance(s, m, now)),
});

export const upcomingMaintenancesJson = (s: StatusSnapshot, now: Date) => ({
  page: serializePage(s.page),
  scheduled_maintenances: s.maintenances
    .filter((m) => isMaintenanceUpcoming(m, now))
    .sort(byScheduleDesc)
    .map((m) => serializeMaintenance(s, m, now)),
});

export const activeMaintenancesJson = (s: StatusSnapshot, now: Date) => ({
  page: serializePage(s.page),
  scheduled_maintenances: s.maintenances
    .filter((m) => isMaintenanceActive(m, now))
    .sort(byScheduleDesc)
    .map((m) => serializeMaintenance(s, m, now)),
});

/** summary.json: page, components, unresolved incidents, upcoming and active maintenance, status. */
export function summaryJson(s: StatusSnapshot, now: Date) {
  return {
    page: serializePage(s.page),
    components: serializeComponents(s),
    incidents: unresolvedIncidentsJson(s).incidents,
    scheduled_maintenances: s.maintenances
      .filter((m) => isMaintenanceActive(m, now) || isMaintenanceUpcoming(m, now))
      .sort(byScheduleDesc)
      .map((m) => serializeMaintenance(s, m, now)),
    status: snapshotStatus(s),
  };
}
