import { describe, expect, it } from "vitest";
import { SPEC_EXAMPLE } from "../fixtures.test-data";
import { durationMinutes, parseOpenSlo } from "./parse";

function issuesOf(yaml: string) {
  const result = parseOpenSlo(yaml);
  if (result.ok) throw new Error("expected errors");
  return result.issues;
}

const slo = (spec: string, extra = "") => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: s
spec:
  service: svc
  indicator:
    metadata:
      name: i
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: good } } }
        total: { metricSource: { type: Prometheus, spec: { query: total } } }
  budgetingMethod: Occurrences
${spec}
${extra}`;
const ROLLING = "  timeWindow: [{ duration: 28d, isRolling: true }]";

describe("parseOpenSlo: valid files", () => {
  it("maps the specification's example to services, SLIs and SLOs", () => {
    const result = parseOpenSlo(SPEC_EXAMPLE);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { services, slis, slos } = result.desired;
    expect(services).toEqual([
      {
        slug: "my-rad-service",
        name: "My Rad Service",
        description: "This is a great description of an even better service.",
      },
    ]);
    expect(slis).toEqual([
      expect.objectContaining({
        name: "great-sli",
        serviceSlug: "my-rad-service",
        kind: "ratio",
        source: "prometheus",
        goodQuery: 'sum(rate(http_requests_total{code!~"5.."}[1m]))',
        totalQuery: "sum(rate(http_requests_total[1m]))",
      }),
      expect.objectContaining({
        name: "latency-push",
        kind: "threshold",
        source: "push",
        thresholdValue: "300",
        goodQuery: null,
      }),
    ]);
    expect(slos[0]).toEqual({
      name: "availability",
      sliName: "great-sli",
      serviceSlug: "my-rad-service",
      description: "99.9 % of requests succeed over 28 days",
      target: "99.9",
      windowKind: "rolling",
      windowDays: 28,
      calendarUnit: null,
      timeZone: "UTC",
      budgetingMethod: "occurrences",
      timesliceThreshold: null,
      alertConditions: [
        { id: "cpu-usage-breach", severity: "page", factor: 14.4, longWindowMinutes: 60, shortWindowMinutes: 5 },
      ],
    });
    expect(slos[1]).toMatchObject({
      target: "99.5",
      windowKind: "calendar",
      calendarUnit: "month",
      timeZone: "Europe/Berlin",
      budgetingMethod: "timeslices",
      timesliceThreshold: "0.95",
      alertConditions: null,
    });
  });

  it("keeps targets exact and maps bad to good = total − bad", () => {
    const yaml = slo(`${ROLLING}\n  objectives: [{ target: 0.9995 }]`).replace(
      "good: { metricSource: { type: Prometheus, spec: { query: good } } }",
      "bad: { metricSource: { type: Prometheus, spec: { query: errors } } }",
    );
    const result = parseOpenSlo(yaml);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.desired.slos[0]?.target).toBe("99.95");
    expect(result.desired.slis[0]).toMatchObject({ goodQuery: "(total) - (errors)", totalQuery: "total" });
  });

  it("reads calendar weeks starting on a Monday", () => {
    const result = parseOpenSlo(
      slo(
        '  timeWindow: [{ duration: 1w, isRolling: false, calendar: { startTime: "2024-01-01 00:00:00", timeZone: UTC } }]\n  objectives: [{ targetPercent: 99 }]',
      ),
    );
    expect(result.ok && result.desired.slos[0]).toMatchObject({ windowKind: "calendar", calendarUnit: "week" });
  });

  it("parses durations", () => {
    expect(durationMinutes("5m")).toBe(5);
    expect(durationMinutes("2h")).toBe(120);
    expect(durationMinutes("3d")).toBe(4320);
    expect(durationMinutes("1M")).toBeNull();
  });
});

describe("parseOpenSlo: every rejection names the document and the path", () => {
  const cases: [string, string, string, RegExp][] = [
    [
      "a second objective",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }, { target: 0.9 }]`),
      "spec.objectives",
      /exactly one objective/,
    ],
    [
      "a time slice window other than 1m",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99, timeSliceTarget: 0.9, timeSliceWindow: 5m }]`).replace(
        "Occurrences",
        "Timeslices",
      ),
      "spec.objectives[0].timeSliceWindow",
      /one minute/,
    ],
    [
      "timeslices without timeSliceTarget",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]`).replace("Occurrences", "Timeslices"),
      "spec.objectives[0].timeSliceTarget",
      /timeSliceTarget/,
    ],
    [
      "RatioTimeslices",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]`).replace("Occurrences", "RatioTimeslices"),
      "spec.budgetingMethod",
      /Occurrences/,
    ],
    [
      "an unknown field",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]\n  frobnicate: true`),
      "spec.frobnicate",
      /does not support/,
    ],
    [
      "labels",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]`).replace("  name: s\n", "  name: s\n  labels: { team: a }\n"),
      "metadata.labels",
      /does not support/,
    ],
    [
      "a rolling month",
      slo("  timeWindow: [{ duration: 1M, isRolling: true }]\n  objectives: [{ target: 0.99 }]"),
      "spec.timeWindow[0].duration",
      /whole days/,
    ],
    [
      "a rolling window over 90 days",
      slo("  timeWindow: [{ duration: 91d, isRolling: true }]\n  objectives: [{ target: 0.99 }]"),
      "spec.timeWindow[0].duration",
      /1 to 90/,
    ],
    [
      "a quarter",
      slo("  timeWindow: [{ duration: 1Q, isRolling: false }]\n  objectives: [{ target: 0.99 }]"),
      "spec.timeWindow[0].duration",
      /1M/,
    ],
    [
      "a month not starting on day 1",
      slo(
        '  timeWindow: [{ duration: 1M, isRolling: false, calendar: { startTime: "2024-01-15 00:00:00", timeZone: UTC } }]\n  objectives: [{ target: 0.99 }]',
      ),
      "spec.timeWindow[0].calendar.startTime",
      /day 1/,
    ],
    [
      "an unknown time zone",
      slo(
        '  timeWindow: [{ duration: 1M, isRolling: false, calendar: { startTime: "2024-01-01 00:00:00", timeZone: Mars/Base } }]\n  objectives: [{ target: 0.99 }]',
      ),
      "spec.timeWindow[0].calendar.timeZone",
      /IANA/,
    ],
    [
      "target and targetPercent",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99, targetPercent: 99 }]`),
      "spec.objectives[0].target",
      /exactly one/,
    ],
    ["a target above 1", slo(`${ROLLING}\n  objectives: [{ target: 99.9 }]`), "spec.objectives[0].target", /\(0, 1\]/],
    [
      "an objective's displayName",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99, displayName: Good }]`),
      "spec.objectives[0].displayName",
      /does not support/,
    ],
    ["op gte", slo(`${ROLLING}\n  objectives: [{ target: 0.99, op: gte, value: 1 }]`), "spec.objectives[0].op", /lte/],
    [
      "notification targets",
      slo(
        `${ROLLING}\n  objectives: [{ target: 0.99 }]\n  alertPolicies:\n    - kind: AlertPolicy\n      metadata: { name: p }\n      spec:\n        conditions: [{ conditionRef: c }]\n        notificationTargets: [{ targetRef: pager }]`,
      ),
      "spec.alertPolicies[0].spec.notificationTargets",
      /notification targets/,
    ],
    [
      "an unknown condition",
      slo(
        `${ROLLING}\n  objectives: [{ target: 0.99 }]\n  alertPolicies:\n    - kind: AlertPolicy\n      metadata: { name: p }\n      spec:\n        conditions: [{ conditionRef: nope }]`,
      ),
      "spec.alertPolicies[0].spec.conditions[0].conditionRef",
      /No AlertCondition/,
    ],
    [
      "alerting on no data",
      slo(
        `${ROLLING}\n  objectives: [{ target: 0.99 }]\n  alertPolicies:\n    - kind: AlertPolicy\n      metadata: { name: p }\n      spec:\n        alertWhenNoData: true\n        conditions: [{ conditionRef: c }]`,
      ),
      "spec.alertPolicies[0].spec.alertWhenNoData",
      /missing data/,
    ],
    [
      "a Prometheus threshold metric",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99, op: lte, value: 1 }]`).replace(
        /ratioMetric:[\s\S]*?total: [^\n]*\n/,
        "thresholdMetric: { metricSource: { type: Prometheus, spec: { query: latency } } }\n",
      ),
      "spec.indicator.spec.thresholdMetric.metricSource.type",
      /ratioMetric/,
    ],
    [
      "a Prometheus source without query",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]`).replace("spec: { query: good }", "spec: { promql: good }"),
      "spec.indicator.spec.ratioMetric.good.metricSource.spec.promql",
      /only spec.query/,
    ],
    [
      "a missing indicatorRef",
      slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]`).replace(
        / {2}indicator:[\s\S]*?total: [^\n]*\n/,
        "  indicatorRef: missing\n",
      ),
      "spec.indicatorRef",
      /No SLI named/,
    ],
  ];

  it.each(cases)("rejects %s", (_, yaml, path, message) => {
    const issues = issuesOf(yaml);
    expect(issues).toContainEqual({ document: "#1 SLO/s", path, message: expect.stringMatching(message) });
  });

  it("rejects other API versions and kinds, broken YAML and unused SLIs", () => {
    expect(issuesOf("apiVersion: openslo/v2alpha\nkind: SLO\nmetadata: { name: x }\n")[0]).toMatchObject({
      document: "#1 SLO/x",
      path: "apiVersion",
    });
    expect(issuesOf("apiVersion: openslo/v1\nkind: DataSource\nmetadata: { name: d }\n")[0]).toMatchObject({
      document: "#1 DataSource/d",
      path: "kind",
    });
    expect(issuesOf("a: [\n")[0]).toMatchObject({ document: "#1", message: expect.stringMatching(/^YAML/) });
    const unused =
      "apiVersion: openslo/v1\nkind: SLI\nmetadata: { name: lonely }\nspec: { ratioMetric: { good: { metricSource: { type: x } }, total: { metricSource: { type: x } } } }\n";
    expect(issuesOf(`---\n${unused}`)[0]).toMatchObject({
      document: "#1 SLI/lonely",
      path: "metadata.name",
      message: expect.stringMatching(/No SLO/),
    });
  });

  it("rejects a name defined twice, naming both documents", () => {
    const one = slo(`${ROLLING}\n  objectives: [{ target: 0.99 }]`);
    expect(issuesOf(`${one}\n---\n${one}`)).toContainEqual({
      document: "#2 SLO/s",
      path: "metadata.name",
      message: expect.stringMatching(/twice.*#1/),
    });
  });
});
