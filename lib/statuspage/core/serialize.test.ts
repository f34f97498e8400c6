import { describe, expect, it } from "vitest";
import { publicIdFor } from "./ids";
import {
  activeMaintenancesJson,
  componentsJson,
  incidentsJson,
  maintenancesJson,
  serializeIncident,
  statusJson,
  summaryJson,
  unresolvedIncidentsJson,
  upcomingMaintenancesJson,
  type StatusSnapshot,
} from "./serialize";
import { toPublicIncident, type PublicIncident } from "./types";
import { at, component, group, incidentRecord, maintenance, page, T0 } from "../fixtures.test-helpers";

const publicIncident = (over: Parameters<typeof incidentRecord>[0] = {}): PublicIncident => {
  const incident = toPublicIncident(incidentRecord(over));
  if (!incident) throw new Error("expected a public incident");
  return incident;
};

const snapshot = (over: Partial<StatusSnapshot> = {}): StatusSnapshot => ({
  page,
  components: [
    component({ groupId: "grp000000001", status: "partial_outage" }),
    component({ id: "cmp000000002", name: "Web", position: 2 }),
  ],
  groups: [group()],
  incidents: [publicIncident()],
  maintenances: [],
  ...over,
});

const sortedKeys = (o: object) => Object.keys(o).sort();

describe("Statuspage v2 shapes", () => {
  it("page is {id,name,url,time_zone,updated_at}", () => {
    expect(statusJson(snapshot()).page).toEqual({
      id: "pg0000000001",
      name: "Acme",
      url: "https://vigil.test/status/acme",
      time_zone: "Europe/Paris",
      updated_at: "2026-03-01T12:00:00.000Z",
    });
  });

  it("status.json is {page, status:{indicator, description}}", () => {
    const json = statusJson(snapshot());
    expect(sortedKeys(json)).toEqual(["page", "status"]);
    expect(json.status).toEqual({ indicator: "major", description: "Partial System Outage" });
  });

  it("components.json lists components and groups with Statuspage's fields", () => {
    const { components } = componentsJson(snapshot());
    expect(components.map((c) => c.id)).toEqual(["grp000000001", "cmp000000001", "cmp000000002"]);
    expect(components[1]).toEqual({
      id: "cmp000000001",
      name: "API",
      status: "partial_outage",
      created_at: at(-10_000).toISOString(),
      updated_at: at(-10).toISOString(),
      position: 1,
      description: null,
      showcase: true,
      start_date: "2026-01-01",
      group_id: "grp000000001",
      page_id: "pg0000000001",
      group: false,
      only_show_if_degraded: false,
    });
    expect(components[0]).toMatchObject({
      id: "grp000000001",
      group: true,
      group_id: null,
      status: "partial_outage",
      components: ["cmp000000001"],
    });
  });

  it("an incident has Statuspage's fields, impact, shortlink and updates newest first", () => {
    const [incident] = incidentsJson(snapshot()).incidents;
    const id = publicIdFor("incident", "cincident000000000000000001");
    expect(sortedKeys(incident!)).toEqual(
      [
        "components",
        "created_at",
        "id",
        "impact",
        "incident_updates",
        "monitoring_at",
        "name",
        "page_id",
        "resolved_at",
        "shortlink",
        "started_at",
        "status",
        "updated_at",
      ].sort(),
    );
    expect(incident).toMatchObject({
      id,
      name: "Elevated errors on the API",
      status: "identified",
      impact: "major",
      shortlink: `https://vigil.test/status/acme/incidents/${id}`,
      page_id: "pg0000000001",
      resolved_at: null,
      monitoring_at: null,
      started_at: at(-60).toISOString(),
    });
    expect(incident!.components.map((c) => c.id)).toEqual(["cmp000000001"]);
    expect(incident!.incident_updates.map((u) => u.body)).toEqual([
      "The cause is found; a fix is rolling out.",
      "We are looking into errors.",
    ]);
    expect(sortedKeys(incident!.incident_updates[0]!)).toEqual(
      [
        "affected_components",
        "body",
        "created_at",
        "custom_tweet",
        "deliver_notifications",
        "display_at",
        "id",
        "incident_id",
        "status",
        "tweet_id",
        "updated_at",
      ].sort(),
    );
    expect(incident!.incident_updates[0]).toMatchObject({
      id: publicIdFor("incident_update", "u3"),
      incident_id: id,
      status: "identified",
      affected_components: null,
    });
  });

  it("affected_components are {code,name,old_status,new_status}", () => {
    const incident = publicIncident({
      updates: [
        {
          id: "u9",
          visibility: "public",
          status: "investigating",
          body: "Down.",
          createdAt: at(0),
          affectedComponents: [
            { componentId: "cmp000000001", name: "API", oldStatus: "operational", newStatus: "major_outage" },
          ],
        },
      ],
    });
    const json = serializeIncident(snapshot(), incident);
    expect(json.incident_updates[0]!.affected_components).toEqual([
      { code: "cmp000000001", name: "API", old_status: "operational", new_status: "major_outage" },
    ]);
  });

  it.each([
    ["SEV1", "critical"],
    ["SEV2", "major"],
    ["SEV3", "minor"],
    ["SEV4", "minor"],
  ] as const)("a %s incident has impact %s", (severity, impact) => {
    expect(serializeIncident(snapshot(), publicIncident({ severity })).impact).toBe(impact);
  });

  it("unresolved.json leaves resolved incidents out; incidents.json keeps them", () => {
    const resolved = publicIncident({ id: "cresolved", status: "resolved", resolvedAt: at(-1) });
    const s = snapshot({ incidents: [publicIncident(), resolved] });
    expect(unresolvedIncidentsJson(s).incidents).toHaveLength(1);
    expect(incidentsJson(s).incidents).toHaveLength(2);
    expect(incidentsJson(s).incidents.find((i) => i.status === "resolved")?.resolved_at).toBe(at(-1).toISOString());
  });

  it("maintenances carry scheduled_for/scheduled_until, impact maintenance and a status from the clock", () => {
    const s = snapshot({ maintenances: [maintenance()] });
    const [upcoming] = maintenancesJson(s, T0).scheduled_maintenances;
    expect(upcoming).toMatchObject({
      id: "mnt000000001",
      status: "scheduled",
      impact: "maintenance",
      scheduled_for: at(60).toISOString(),
      scheduled_until: at(120).toISOString(),
      resolved_at: null,
    });
    expect(upcoming!.incident_updates[0]).toMatchObject({
      id: "mu0000000001",
      status: "scheduled",
      incident_id: "mnt000000001",
    });
    expect(maintenancesJson(s, at(61)).scheduled_maintenances[0]!.status).toBe("in_progress");
    const done = maintenancesJson(s, at(121)).scheduled_maintenances[0]!;
    expect(done.status).toBe("completed");
    expect(done.resolved_at).toBe(at(120).toISOString());
  });

  it("upcoming.json and active.json follow the clock", () => {
    const s = snapshot({ maintenances: [maintenance()] });
    expect(upcomingMaintenancesJson(s, T0).scheduled_maintenances).toHaveLength(1);
    expect(activeMaintenancesJson(s, T0).scheduled_maintenances).toHaveLength(0);
    expect(upcomingMaintenancesJson(s, at(61)).scheduled_maintenances).toHaveLength(0);
    expect(activeMaintenancesJson(s, at(61)).scheduled_maintenances).toHaveLength(1);
    expect(activeMaintenancesJson(s, at(121)).scheduled_maintenances).toHaveLength(0);
  });

  it("summary.json has page, components, unresolved incidents, current maintenance and status", () => {
    const s = snapshot({
      maintenances: [
        maintenance(),
        maintenance({ id: "mntold000001", scheduledFor: at(-500), scheduledUntil: at(-400) }),
      ],
    });
    const summary = summaryJson(s, T0);
    expect(sortedKeys(summary)).toEqual(["components", "incidents", "page", "scheduled_maintenances", "status"]);
    expect(summary.components).toHaveLength(3);
    expect(summary.incidents).toHaveLength(1);
    expect(summary.scheduled_maintenances.map((m) => m.id)).toEqual(["mnt000000001"]);
    expect(summary.status.indicator).toBe("major");
    // Round-trips through JSON unchanged: no Dates or undefined left in it.
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe("private data never reaches the public shapes", () => {
  it("a private incident cannot be made public", () => {
    expect(toPublicIncident(incidentRecord({ private: true }))).toBeNull();
  });

  it("internal updates are dropped, in JSON and everywhere else", () => {
    const summary = JSON.stringify(summaryJson(snapshot(), T0));
    expect(summary).not.toContain("SECRET");
    expect(summary).toContain("We are looking into errors.");
  });

  it("the serializers' input type refuses private incidents and internal updates", () => {
    // These lines are checked by `tsc --noEmit`: each must be a type error.
    const record = incidentRecord({ private: true });
    // @ts-expect-error an IncidentRecord (possibly private) is not a PublicIncident
    const unchecked: PublicIncident = record;
    expect(unchecked.private).toBe(true);
    const leaky: PublicIncident = {
      ...publicIncident(),
      updates: [
        {
          id: "x",
          // @ts-expect-error updates must have visibility "public"
          visibility: "internal",
          status: "identified",
          body: "no",
          createdAt: T0,
          displayAt: T0,
          affectedComponents: [],
        },
      ],
    };
    expect(leaky.updates).toHaveLength(1);
  });
});
