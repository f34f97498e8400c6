import type { ComponentInfo, GroupInfo, IncidentRecord, PublicMaintenance, StatusPageInfo } from "./core/types";

// Shared test data for the status-page unit tests (not a test file itself).
export const T0 = new Date("2026-03-01T12:00:00.000Z");
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export const page: StatusPageInfo = {
  id: "pg0000000001",
  name: "Acme",
  url: "https://vigil.test/status/acme",
  timeZone: "Europe/Paris",
  updatedAt: T0,
};

export const component = (over: Partial<ComponentInfo> = {}): ComponentInfo => ({
  id: "cmp000000001",
  name: "API",
  description: null,
  position: 1,
  showcase: true,
  onlyShowIfDegraded: false,
  startDate: new Date("2026-01-01T00:00:00.000Z"),
  groupId: null,
  createdAt: at(-10_000),
  updatedAt: at(-10),
  status: "operational",
  ...over,
});

export const group = (over: Partial<GroupInfo> = {}): GroupInfo => ({
  id: "grp000000001",
  name: "Core",
  description: null,
  position: 0,
  createdAt: at(-10_000),
  updatedAt: at(-10),
  ...over,
});

export const incidentRecord = (over: Partial<IncidentRecord> = {}): IncidentRecord => ({
  id: "cincident000000000000000001",
  private: false,
  title: "Elevated errors on the API",
  status: "identified",
  severity: "SEV2",
  startedAt: at(-60),
  createdAt: at(-55),
  updatedAt: at(-5),
  resolvedAt: null,
  components: [{ id: "cmp000000001", name: "API" }],
  updates: [
    {
      id: "u1",
      visibility: "public",
      status: "investigating",
      body: "We are looking into errors.",
      createdAt: at(-50),
    },
    {
      id: "u2",
      visibility: "internal",
      status: "identified",
      body: "SECRET: db primary ran out of disk",
      createdAt: at(-20),
    },
    {
      id: "u3",
      visibility: "public",
      status: "identified",
      body: "The cause is found; a fix is rolling out.",
      createdAt: at(-10),
    },
  ],
  ...over,
});

export const maintenance = (over: Partial<PublicMaintenance> = {}): PublicMaintenance => ({
  id: "mnt000000001",
  name: "Database upgrade",
  scheduledFor: at(60),
  scheduledUntil: at(120),
  verifyingAt: null,
  completedAt: null,
  createdAt: at(-1000),
  updatedAt: at(-1000),
  components: [{ id: "cmp000000001", name: "API" }],
  updates: [
    {
      id: "mu0000000001",
      status: "scheduled",
      body: "We will upgrade the database.",
      createdAt: at(-1000),
      displayAt: at(-1000),
    },
  ],
  ...over,
});
