// Pure: an organization's services, SLIs and SLOs as OpenSLO v1 YAML documents.
import { stringify } from "yaml";
import type { CurrentState } from "./plan";
import { SOURCE_ANNOTATION } from "./schema";

const PUSH_SOURCE = { type: "Vigil", spec: {} };
const CALENDAR_START = "2024-01-01 00:00:00"; // a Monday and the first of a month

const source = (sli: CurrentState["slis"][number], query: string | null) =>
  sli.source === "prometheus" ? { type: "Prometheus", spec: { query: query ?? "" } } : PUSH_SOURCE;

/** With `source`, every document names it, so applying the file again writes to the same source. */
export function exportOpenSlo(state: CurrentState, sourceName?: string): string {
  const meta = (name: string, extra: Record<string, string> = {}) => ({
    name,
    ...extra,
    ...(sourceName ? { annotations: { [SOURCE_ANNOTATION]: sourceName } } : {}),
  });
  const docs: unknown[] = [];
  const skipped: string[] = [];
  const slis = new Map(state.slis.map((s) => [s.name, s]));
  const usedSlis = new Set<string>();

  for (const s of state.services) {
    docs.push({
      apiVersion: "openslo/v1",
      kind: "Service",
      metadata: meta(s.slug, { displayName: s.name }),
      spec: s.description ? { description: s.description } : {},
    });
  }
  const sloDocs: unknown[] = [];
  for (const slo of state.slos) {
    const sli = slis.get(slo.sliName);
    if (!sli) continue;
    const threshold = sli.kind === "threshold" && sli.source === "push";
    if (threshold && sli.thresholdValue === null) {
      skipped.push(`SLO ${slo.name}: its threshold SLI "${sli.name}" has no threshold value`);
      continue;
    }
    usedSlis.add(sli.name);
    const objective = {
      ...(threshold ? { op: "lte", value: Number(sli.thresholdValue) } : {}),
      targetPercent: Number(slo.target),
      ...(slo.budgetingMethod === "timeslices"
        ? { timeSliceTarget: Number(slo.timesliceThreshold), timeSliceWindow: "1m" }
        : {}),
    };
    const timeWindow =
      slo.windowKind === "rolling"
        ? { duration: `${slo.windowDays ?? 30}d`, isRolling: true }
        : {
            duration: slo.calendarUnit === "week" ? "1w" : "1M",
            isRolling: false,
            calendar: { startTime: CALENDAR_START, timeZone: slo.timeZone },
          };
    const spec: Record<string, unknown> = {
      ...(slo.description ? { description: slo.description } : {}),
      service: slo.serviceSlug,
      indicatorRef: sli.name,
      budgetingMethod: slo.budgetingMethod === "timeslices" ? "Timeslices" : "Occurrences",
      timeWindow: [timeWindow],
      objectives: [objective],
    };
    if (slo.alertConditions?.length === 0) spec.alertPolicies = [];
    else if (slo.alertConditions) {
      spec.alertPolicies = [
        {
          kind: "AlertPolicy",
          metadata: { name: `${slo.name}-burn-rate` },
          spec: {
            alertWhenBreaching: true,
            alertWhenResolved: true,
            conditions: slo.alertConditions.map((c) => ({
              kind: "AlertCondition",
              metadata: { name: c.id },
              spec: {
                severity: c.severity,
                condition: {
                  kind: "burnrate",
                  op: "gt",
                  threshold: c.factor,
                  lookbackWindow: `${c.longWindowMinutes}m`,
                  alertAfter: `${c.shortWindowMinutes}m`,
                },
              },
            })),
          },
        },
      ];
    }
    sloDocs.push({ apiVersion: "openslo/v1", kind: "SLO", metadata: meta(slo.name), spec });
  }
  for (const sli of state.slis) {
    if (!usedSlis.has(sli.name)) {
      if (!skipped.some((s) => s.includes(`"${sli.name}"`)))
        skipped.push(`SLI ${sli.name}: no SLO uses it, and OpenSLO files an SLI under its SLO's service`);
      continue;
    }
    const metric =
      sli.kind === "threshold" && sli.source === "push"
        ? { thresholdMetric: { metricSource: PUSH_SOURCE } }
        : {
            ratioMetric: {
              counter: true,
              good: { metricSource: source(sli, sli.goodQuery) },
              total: { metricSource: source(sli, sli.totalQuery) },
            },
          };
    docs.push({
      apiVersion: "openslo/v1",
      kind: "SLI",
      metadata: meta(sli.name),
      spec: { ...(sli.description ? { description: sli.description } : {}), ...metric },
    });
  }
  docs.push(...sloDocs);
  const header = [
    `# OpenSLO v1 export from Vigil${sourceName ? ` (source "${sourceName}")` : ""}.`,
    ...skipped.map((s) => `# Not exported: ${s}.`),
  ].join("\n");
  const body = docs.map((d) => stringify(d, { lineWidth: 0 })).join("---\n");
  return `${header}\n${body}`;
}
