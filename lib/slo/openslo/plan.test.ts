import { describe, expect, it } from "vitest";
import { exportOpenSlo } from "./export";
import { SPEC_EXAMPLE } from "./fixtures.test-data";
import type { DesiredState } from "./model";
import { parseOpenSlo } from "./parse";
import { planOpenSlo, type CurrentState } from "./plan";

function desiredOf(yaml: string): DesiredState {
  const result = parseOpenSlo(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.desired;
}

const asCurrent = (d: DesiredState, managedBy: string | null = "openslo"): CurrentState => ({
  services: d.services,
  slis: d.slis.map((s) => ({ ...s, managedBy })),
  slos: d.slos.map((s) => ({ ...s, managedBy })),
});

const names = (entries: { kind: string; name: string }[]) => entries.map((e) => `${e.kind}/${e.name}`).sort();

describe("planOpenSlo", () => {
  it("creates everything in an empty organization", () => {
    const { plan, issues } = planOpenSlo(desiredOf(SPEC_EXAMPLE), { services: [], slis: [], slos: [] });
    expect(issues).toEqual([]);
    expect(names(plan.created)).toEqual(["SLI/great-sli", "SLI/latency-push", "SLO/availability", "SLO/latency-month", "Service/my-rad-service"]);
    expect(plan.updated.length + plan.unchanged.length + plan.deleted.length).toBe(0);
  });

  it("lists changed fields, deletes only managed objects that are gone, and takes over unmanaged ones", () => {
    const desired = desiredOf(SPEC_EXAMPLE);
    const current = asCurrent(desired);
    current.slos[0] = { ...current.slos[0]!, target: "99.5" };
    current.slos.push({ ...current.slos[1]!, name: "old-managed" }, { ...current.slos[1]!, name: "made-in-ui", managedBy: null });
    current.slis[1] = { ...current.slis[1]!, managedBy: null };
    const { plan } = planOpenSlo(desired, current);
    expect(plan.updated).toEqual([
      { kind: "SLI", name: "latency-push", changes: ["managedBy"] },
      { kind: "SLO", name: "availability", changes: ["target"] },
    ]);
    expect(plan.deleted).toEqual([{ kind: "SLO", name: "old-managed" }]);
    expect(names(plan.unchanged)).toEqual(["SLI/great-sli", "SLO/latency-month", "Service/my-rad-service"]);
  });

  it("reports an SLO whose service is nowhere", () => {
    const desired = desiredOf(SPEC_EXAMPLE);
    const { issues } = planOpenSlo({ ...desired, services: [] }, { services: [], slis: [], slos: [] });
    expect(issues).toContainEqual({ document: "SLO/availability", path: "spec.service", message: expect.stringMatching(/No service "my-rad-service"/) });
  });
});

describe("exportOpenSlo", () => {
  it("round-trips: export → parse → plan shows everything unchanged", () => {
    const current = asCurrent(desiredOf(SPEC_EXAMPLE));
    const yaml = exportOpenSlo(current);
    const { plan, issues } = planOpenSlo(desiredOf(yaml), current);
    expect(issues).toEqual([]);
    expect(plan.created.length + plan.updated.length + plan.deleted.length).toBe(0);
    expect(plan.unchanged).toHaveLength(5);
    expect(yaml).toContain("targetPercent: 99.9\n");
    expect(yaml).toContain("lookbackWindow: 60m");
  });

  it("round-trips an SLO with no burn-rate alerts as alertPolicies: []", () => {
    const current = asCurrent(desiredOf(SPEC_EXAMPLE));
    current.slos[0] = { ...current.slos[0]!, alertConditions: [] };
    const reparsed = desiredOf(exportOpenSlo(current));
    expect(reparsed.slos[0]?.alertConditions).toEqual([]);
    expect(reparsed.slos[1]?.alertConditions).toBeNull();
  });

  it("says in a comment what it cannot express instead of dropping it silently", () => {
    const current = asCurrent(desiredOf(SPEC_EXAMPLE));
    current.slis.push({ ...current.slis[0]!, name: "unused" });
    expect(exportOpenSlo(current)).toMatch(/# Not exported: SLI unused: no SLO uses it/);
  });
});
