import { describe, expect, it } from "vitest";
import { deriveComponentStatus, pageStatus, worstStatus, type OpenIncidentImpact } from "./status";

const base = { serviceId: "svc-api", overrideStatus: null, underMaintenance: false } as const;
const incident = (
  severity: OpenIncidentImpact["severity"],
  over: Partial<OpenIncidentImpact> = {},
): OpenIncidentImpact => ({
  severity,
  status: "investigating",
  serviceIds: ["svc-api"],
  ...over,
});

describe("deriveComponentStatus", () => {
  it("is operational without incidents", () => {
    expect(deriveComponentStatus(base, [])).toBe("operational");
  });

  it.each([
    ["SEV1", "major_outage"],
    ["SEV2", "partial_outage"],
    ["SEV3", "degraded_performance"],
    ["SEV4", "degraded_performance"],
  ] as const)("maps an open %s incident to %s", (severity, expected) => {
    expect(deriveComponentStatus(base, [incident(severity)])).toBe(expected);
  });

  it("takes the worst of several open incidents", () => {
    expect(deriveComponentStatus(base, [incident("SEV3"), incident("SEV1"), incident("SEV2")])).toBe("major_outage");
  });

  it("ignores resolved incidents and incidents on other services", () => {
    expect(
      deriveComponentStatus(base, [
        incident("SEV1", { status: "resolved" }),
        incident("SEV1", { serviceIds: ["svc-web"] }),
      ]),
    ).toBe("operational");
  });

  it("counts incidents still being monitored", () => {
    expect(deriveComponentStatus(base, [incident("SEV2", { status: "monitoring" })])).toBe("partial_outage");
  });

  it("is under maintenance during a maintenance window, but an outage shows through", () => {
    expect(deriveComponentStatus({ ...base, underMaintenance: true }, [])).toBe("under_maintenance");
    expect(deriveComponentStatus({ ...base, underMaintenance: true }, [incident("SEV3")])).toBe("degraded_performance");
  });

  it("lets a manual override win over incidents and maintenance", () => {
    expect(
      deriveComponentStatus({ ...base, overrideStatus: "operational", underMaintenance: true }, [incident("SEV1")]),
    ).toBe("operational");
    expect(deriveComponentStatus({ ...base, overrideStatus: "major_outage" }, [])).toBe("major_outage");
  });

  it("keeps a component without a service operational unless overridden", () => {
    expect(deriveComponentStatus({ ...base, serviceId: null }, [incident("SEV1")])).toBe("operational");
  });
});

describe("pageStatus", () => {
  it.each([
    [[], "none", "All Systems Operational"],
    [["operational", "operational"], "none", "All Systems Operational"],
    [["operational", "under_maintenance"], "maintenance", "Service Under Maintenance"],
    [["degraded_performance", "under_maintenance"], "minor", "Minor Service Outage"],
    [["degraded_performance", "partial_outage"], "major", "Partial System Outage"],
    [["major_outage", "partial_outage"], "critical", "Major System Outage"],
  ] as const)("%j is %s", (statuses, indicator, description) => {
    expect(pageStatus(statuses)).toEqual({ indicator, description });
  });

  it("reflects unresolved incidents that affect no component", () => {
    expect(pageStatus(["operational"], ["major"])).toEqual({
      indicator: "major",
      description: "Partial System Outage",
    });
    expect(pageStatus(["major_outage"], ["minor"]).indicator).toBe("critical");
  });

  it("worstStatus orders maintenance below any degradation", () => {
    expect(worstStatus(["under_maintenance", "degraded_performance"])).toBe("degraded_performance");
    expect(worstStatus(["operational", "under_maintenance"])).toBe("under_maintenance");
    expect(worstStatus([])).toBe("operational");
  });
});
