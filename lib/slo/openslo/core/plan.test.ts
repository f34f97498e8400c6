import { describe, expect, it } from "vitest";
import { exportOpenSlo } from "./export";
import { SPEC_EXAMPLE } from "../fixtures.test-data";
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
    expect(names(plan.created)).toEqual([
      "SLI/great-sli",
      "SLI/latency-push",
      "SLO/availability",
      "SLO/latency-month",
      "Service/my-rad-service",
    ]);
    expect(plan.updated.length + plan.unchanged.length + plan.deleted.length).toBe(0);
  });

  it("lists changed fields, deletes only managed objects that are gone, and takes over unmanaged ones", () => {
    const desired = desiredOf(SPEC_EXAMPLE);
    const current = asCurrent(desired);
    current.slos[0] = { ...current.slos[0]!, target: "99.5" };
    current.slos.push(
      { ...current.slos[1]!, name: "old-managed" },
      { ...current.slos[1]!, name: "made-in-ui", managedBy: null },
    );
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
    expect(issues).toContainEqual({
      document: "SLO/availability",
      path: "spec.service",
      message: expect.stringMatching(/No service "my-rad-service"/),
    });
  });
});

describe("planOpenSlo with sources", () => {
  const desired = desiredOf(SPEC_EXAMPLE);
  const ofSource = (managedSource: string | null) => ({ managedBy: "openslo", managedSource });

  it("prunes only the applying source's objects and never another source's", () => {
    const current = asCurrent(desired);
    current.slos.push(
      { ...current.slos[1]!, name: "team-a-slo", ...ofSource("team-a") },
      { ...current.slos[1]!, name: "mine-gone", ...ofSource("team-b") },
    );
    const { plan, conflicts } = planOpenSlo(desired, current, { source: "default" });
    expect(conflicts).toEqual([]);
    expect(plan.deleted).toEqual([]);
    const asB = planOpenSlo({ ...desired, slos: [], slis: [] }, current, { source: "team-b" });
    expect(asB.plan.deleted).toEqual([{ kind: "SLO", name: "mine-gone" }]);
  });

  it("refuses objects another source manages, naming it, unless adopting them", () => {
    const current = asCurrent(desired);
    current.slos[0] = { ...current.slos[0]!, ...ofSource("team-a") };
    const refused = planOpenSlo(desired, current, { source: "team-b" });
    expect(refused.conflicts).toEqual([
      {
        document: "SLI/great-sli",
        path: "metadata.name",
        message: expect.stringMatching(/source "default", not "team-b"/),
      },
      { document: "SLI/latency-push", path: "metadata.name", message: expect.any(String) },
      {
        document: "SLO/availability",
        path: "metadata.name",
        message: expect.stringMatching(/managed by the OpenSLO source "team-a".*adopt/),
      },
      { document: "SLO/latency-month", path: "metadata.name", message: expect.any(String) },
    ]);
    const adopted = planOpenSlo(desired, current, { source: "team-a", adopt: true });
    expect(adopted.conflicts).toEqual([]);
    expect(adopted.plan.updated.map((e) => [e.name, e.changes])).toEqual([
      ["great-sli", ["managedSource"]],
      ["latency-push", ["managedSource"]],
      ["latency-month", ["managedSource"]],
    ]);
    expect(adopted.plan.unchanged.map((e) => e.name)).toContain("availability");
  });

  it("treats objects applied before sources existed as the default source's", () => {
    const current = asCurrent(desired);
    expect(
      planOpenSlo({ ...desired, slos: [desired.slos[0]!], slis: [desired.slis[0]!] }, current).plan.deleted,
    ).toEqual([
      { kind: "SLI", name: "latency-push" },
      { kind: "SLO", name: "latency-month" },
    ]);
  });

  it("reads the source a file names and refuses two names in one file", () => {
    const named = SPEC_EXAMPLE.replace(
      "  name: my-rad-service\n",
      "  name: my-rad-service\n  annotations: { vigil.dev/source: team-a }\n",
    );
    expect(desiredOf(named).source).toEqual({ name: "team-a", document: "#1 Service/my-rad-service" });
    const two = named.replace(
      "  name: great-sli\n",
      "  name: great-sli\n  annotations: { vigil.dev/source: team-b }\n",
    );
    const parsed = parseOpenSlo(two);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      {
        document: "#2 SLI/great-sli",
        path: "metadata.annotations.vigil.dev/source",
        message: expect.stringMatching(/names source "team-b" but #1 Service\/my-rad-service names "team-a"/),
      },
    ]);
    const other = parseOpenSlo(named.replace("vigil.dev/source: team-a", "team: payments"));
    expect(other.ok ? [] : other.issues.map((i) => i.path)).toEqual(["metadata.annotations.team"]);
    const labels = parseOpenSlo(SPEC_EXAMPLE.replace("  name: great-sli\n", "  name: great-sli\n  labels: { a: b }\n"));
    expect(labels.ok ? [] : labels.issues[0]).toMatchObject({ document: "#2 SLI/great-sli", path: "metadata.labels" });
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

  it("annotates every document with the source when exporting one source", () => {
    const d = desiredOf(SPEC_EXAMPLE);
    const current: CurrentState = {
      services: d.services,
      slis: d.slis.map((s) => ({ ...s, managedBy: "openslo", managedSource: "team-a" })),
      slos: d.slos.map((s) => ({ ...s, managedBy: "openslo", managedSource: "team-a" })),
    };
    const reparsed = desiredOf(exportOpenSlo(current, "team-a"));
    expect(reparsed.source?.name).toBe("team-a");
    expect(planOpenSlo(reparsed, current, { source: "team-a" }).plan.unchanged).toHaveLength(5);
  });

  it("says in a comment what it cannot express instead of dropping it silently", () => {
    const current = asCurrent(desiredOf(SPEC_EXAMPLE));
    current.slis.push({ ...current.slis[0]!, name: "unused" });
    expect(exportOpenSlo(current)).toMatch(/# Not exported: SLI unused: no SLO uses it/);
  });
});
