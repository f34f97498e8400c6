// Pure: OpenSLO v1 YAML (several documents) → Vigil's desired services, SLIs and SLOs, or
// every problem with its document and YAML path.
import { parseAllDocuments } from "yaml";
import type { z } from "zod";
import type { AlertCondition } from "../../core/types";
import { decimalText, shiftDecimal } from "./decimal";
import type { DesiredService, DesiredSli, DesiredSlo, DesiredState, OpenSloIssue } from "./model";
import {
  alertConditionDocumentSchema,
  alertPolicyDocumentSchema,
  serviceDocumentSchema,
  SOURCE_ANNOTATION,
  sliDocumentSchema,
  sloDocumentSchema,
  type AlertConditionSpec,
  type AlertPolicySpec,
  type SliSpec,
  type SloSpec,
} from "./schema";

export type ParseResult = { ok: true; desired: DesiredState } | { ok: false; issues: OpenSloIssue[] };

const KINDS = ["Service", "SLI", "SLO", "AlertPolicy", "AlertCondition"] as const;
type Kind = (typeof KINDS)[number];
const SCHEMAS = {
  Service: serviceDocumentSchema,
  SLI: sliDocumentSchema,
  SLO: sloDocumentSchema,
  AlertPolicy: alertPolicyDocumentSchema,
  AlertCondition: alertConditionDocumentSchema,
};

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

/** Minutes of a duration like "5m", "1h", "28d"; null for calendar units (M, Q, Y). */
export function durationMinutes(text: string): number | null {
  const m = /^(\d+)(m|h|d|w|M|Q|Y)$/.exec(text);
  const unit = m?.[2] ? UNIT_MINUTES[m[2]] : undefined;
  return m && unit ? Number(m[1]) * unit : null;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

type Doc<K extends Kind> = { label: string; value: z.infer<(typeof SCHEMAS)[K]> };

class Collector {
  issues: OpenSloIssue[] = [];
  add(document: string, path: readonly PropertyKey[] | string, message: string) {
    this.issues.push({ document, path: typeof path === "string" ? path : formatPath(path), message });
  }
  zod(document: string, error: z.ZodError, prefix: readonly PropertyKey[] = []) {
    for (const issue of error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          this.add(
            document,
            [...prefix, ...issue.path, key],
            "Vigil does not support this field; remove it (see docs/openslo.md for what maps).",
          );
      } else {
        this.add(document, [...prefix, ...issue.path], issue.message);
      }
    }
  }
}

export function parseOpenSlo(text: string): ParseResult {
  const out = new Collector();
  const docs: { [K in Kind]: Doc<K>[] } = { Service: [], SLI: [], SLO: [], AlertPolicy: [], AlertCondition: [] };
  const seen = new Map<string, string>();
  let source: { name: string; document: string } | null = null;

  parseAllDocuments(text).forEach((doc, i) => {
    const index = `#${i + 1}`;
    if (doc.errors.length) {
      for (const e of doc.errors) out.add(index, "", `YAML: ${e.message.split("\n")[0]}`);
      return;
    }
    const raw: unknown = doc.toJS();
    if (raw === null || raw === undefined) return;
    if (typeof raw !== "object" || Array.isArray(raw))
      return out.add(index, "", "A document must be a mapping with apiVersion, kind, metadata and spec.");
    const { apiVersion, kind, metadata } = raw as {
      apiVersion?: unknown;
      kind?: unknown;
      metadata?: { name?: unknown };
    };
    const name = typeof metadata?.name === "string" ? metadata.name : "?";
    const label = `${index} ${typeof kind === "string" ? kind : "?"}/${name}`;
    if (apiVersion !== "openslo/v1")
      return out.add(
        label,
        "apiVersion",
        `Vigil reads apiVersion "openslo/v1"; this document says ${JSON.stringify(apiVersion ?? null)}.`,
      );
    if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
      return out.add(
        label,
        "kind",
        `Vigil imports the kinds ${KINDS.join(", ")}; ${JSON.stringify(kind ?? null)} is not one of them.`,
      );
    }
    const k = kind as Kind;
    const parsed = SCHEMAS[k].safeParse(raw);
    if (!parsed.success) return out.zod(label, parsed.error);
    const key = `${k}/${name}`;
    if (seen.has(key))
      return out.add(label, "metadata.name", `${k} "${name}" is defined twice (also in document ${seen.get(key)}).`);
    seen.set(key, index);
    (docs[k] as Doc<Kind>[]).push({ label, value: parsed.data });
    const named = parsed.data.metadata.annotations?.[SOURCE_ANNOTATION];
    if (named && source && named !== source.name) {
      out.add(
        label,
        `metadata.annotations.${SOURCE_ANNOTATION}`,
        `This document names source "${named}" but ${source.document} names "${source.name}"; one file is one source.`,
      );
    } else if (named) source ??= { name: named, document: label };
  });

  const desired = resolve(docs, out);
  return out.issues.length ? { ok: false, issues: out.issues } : { ok: true, desired: { ...desired, source } };
}

function resolve(docs: { [K in Kind]: Doc<K>[] }, out: Collector): DesiredState {
  const services: DesiredService[] = docs.Service.map(({ value }) => ({
    slug: value.metadata.name,
    name: value.metadata.displayName || value.metadata.name,
    description: value.spec.description ?? "",
  }));
  const sliDocs = new Map(docs.SLI.map((d) => [d.value.metadata.name, d]));
  const policyDocs = new Map(docs.AlertPolicy.map((d) => [d.value.metadata.name, d]));
  const conditionDocs = new Map(docs.AlertCondition.map((d) => [d.value.metadata.name, d]));
  const slis = new Map<string, { sli: DesiredSli; by: string }>();
  const slos: DesiredSlo[] = [];

  for (const { label, value } of docs.SLO) {
    const spec = value.spec;
    let indicator: { name: string; spec: SliSpec; label: string; path: string } | undefined;
    if (spec.indicator && spec.indicatorRef)
      out.add(label, "spec.indicatorRef", "Give either an inline indicator or an indicatorRef, not both.");
    else if (spec.indicator)
      indicator = { name: spec.indicator.metadata.name, spec: spec.indicator.spec, label, path: "spec.indicator.spec" };
    else if (spec.indicatorRef) {
      const ref = sliDocs.get(spec.indicatorRef);
      if (!ref) out.add(label, "spec.indicatorRef", `No SLI named "${spec.indicatorRef}" in this file.`);
      else indicator = { name: spec.indicatorRef, spec: ref.value.spec, label: ref.label, path: "spec" };
    } else out.add(label, "spec", "An SLO needs an indicator (inline) or an indicatorRef.");

    const objective = spec.objectives[0];
    const sli = indicator ? toSli(indicator, spec, value.spec.service, out, label) : undefined;
    const slo = objective ? toSlo(value.metadata.name, spec, label, out, policyDocs, conditionDocs) : undefined;
    if (!sli || !slo) continue;
    const previous = slis.get(sli.name);
    if (previous && JSON.stringify(previous.sli) !== JSON.stringify(sli)) {
      out.add(
        label,
        spec.indicatorRef ? "spec.indicatorRef" : "spec.indicator",
        `SLI "${sli.name}" is used differently by ${previous.by} (another service or threshold); Vigil stores one SLI per name.`,
      );
      continue;
    }
    slis.set(sli.name, { sli, by: label });
    slos.push({ ...slo, sliName: sli.name, serviceSlug: spec.service });
  }
  for (const { label, value } of docs.SLI) {
    if (!slis.has(value.metadata.name))
      out.add(
        label,
        "metadata.name",
        "No SLO in this file uses this SLI; Vigil files an SLI under the service of the SLO that uses it.",
      );
  }
  return { services, slis: [...slis.values()].map((s) => s.sli), slos };
}

function toSli(
  ind: { name: string; spec: SliSpec; label: string; path: string },
  slo: SloSpec,
  serviceSlug: string,
  out: Collector,
  sloLabel: string,
): DesiredSli | undefined {
  const { spec, label, path } = ind;
  const base = {
    name: ind.name,
    serviceSlug,
    description: spec.description ?? "",
    goodQuery: null,
    totalQuery: null,
    thresholdValue: null,
    thresholdUnit: null,
  };
  const objective = slo.objectives[0];
  if (spec.ratioMetric && spec.thresholdMetric)
    return void out.add(label, `${path}.thresholdMetric`, "Give either ratioMetric or thresholdMetric, not both.");
  if (spec.ratioMetric) {
    const r = spec.ratioMetric;
    if (objective?.op !== undefined || objective?.value !== undefined)
      return void out.add(sloLabel, "spec.objectives[0].op", "op and value apply to thresholdMetric SLIs only.");
    if (Boolean(r.good) === Boolean(r.bad))
      return void out.add(label, `${path}.ratioMetric`, "Give exactly one of good and bad, with total.");
    const part = (r.good ?? r.bad)!;
    const partPath = `${path}.ratioMetric.${r.good ? "good" : "bad"}`;
    const total = prometheusQuery(r.total.metricSource, `${path}.ratioMetric.total.metricSource`, label, out);
    const other = prometheusQuery(part.metricSource, `${partPath}.metricSource`, label, out);
    if (total === undefined || other === undefined) return undefined;
    if ((total === null) !== (other === null))
      return void out.add(
        label,
        `${partPath}.metricSource.type`,
        "good (or bad) and total must come from the same source.",
      );
    if (total === null || other === null) return { ...base, kind: "ratio", source: "push" };
    // Vigil stores good and total: good = total − bad, evaluated by Prometheus.
    const goodQuery = r.good ? other : `(${total}) - (${other})`;
    return { ...base, kind: "ratio", source: "prometheus", goodQuery, totalQuery: total };
  }
  if (spec.thresholdMetric) {
    const source = prometheusQuery(
      spec.thresholdMetric.metricSource,
      `${path}.thresholdMetric.metricSource`,
      label,
      out,
    );
    if (source === undefined) return undefined;
    if (source !== null) {
      return void out.add(
        label,
        `${path}.thresholdMetric.metricSource.type`,
        'Vigil polls Prometheus for good and total counts; write a latency SLI as a ratioMetric (e.g. good = histogram bucket le="0.3", total = count).',
      );
    }
    if (objective?.op === undefined || objective.value === undefined)
      return void out.add(
        sloLabel,
        "spec.objectives[0].value",
        "A thresholdMetric SLO needs op (lte or lt) and value in its objective.",
      );
    return { ...base, kind: "threshold", source: "push", thresholdValue: decimalText(objective.value) };
  }
  out.add(label, path, "An SLI needs a ratioMetric or a thresholdMetric.");
  return undefined;
}

/** The PromQL of a Prometheus source, null for any other source (a push SLI), undefined on error. */
function prometheusQuery(
  source: { type: string; spec: Record<string, unknown> },
  path: string,
  label: string,
  out: Collector,
): string | null | undefined {
  if (source.type.toLowerCase() !== "prometheus") return null;
  const { query, ...rest } = source.spec;
  for (const key of Object.keys(rest))
    out.add(label, `${path}.spec.${key}`, "Vigil's Prometheus source takes only spec.query.");
  if (typeof query !== "string" || !query.trim())
    return void out.add(
      label,
      `${path}.spec.query`,
      "Give the PromQL giving events per second, e.g. sum(rate(http_requests_total[1m])).",
    );
  return Object.keys(rest).length ? undefined : query.trim();
}

type SloFields = Omit<DesiredSlo, "sliName" | "serviceSlug">;

function toSlo(
  name: string,
  spec: SloSpec,
  label: string,
  out: Collector,
  policies: Map<string, Doc<"AlertPolicy">>,
  conditions: Map<string, Doc<"AlertCondition">>,
): SloFields | undefined {
  const objective = spec.objectives[0]!;
  const window = spec.timeWindow[0]!;
  const before = out.issues.length;

  let target: string | undefined;
  if ((objective.target === undefined) === (objective.targetPercent === undefined))
    out.add(label, "spec.objectives[0].target", "Give exactly one of target (0.999) and targetPercent (99.9).");
  else
    target =
      objective.target !== undefined
        ? shiftDecimal(decimalText(objective.target), 2)
        : decimalText(objective.targetPercent!);
  if (target && (target.split(".")[1]?.length ?? 0) > 6)
    out.add(label, "spec.objectives[0].target", "Vigil stores targets with at most 6 decimals of a percent.");

  let timesliceThreshold: string | null = null;
  if (spec.budgetingMethod === "Timeslices") {
    if (objective.timeSliceTarget === undefined)
      out.add(
        label,
        "spec.objectives[0].timeSliceTarget",
        "Timeslices needs timeSliceTarget: the share of good events that makes a minute good, e.g. 0.95.",
      );
    else timesliceThreshold = decimalText(objective.timeSliceTarget);
    if ((timesliceThreshold?.split(".")[1]?.length ?? 0) > 6)
      out.add(label, "spec.objectives[0].timeSliceTarget", "Vigil stores timeSliceTarget with at most 6 decimals.");
  } else {
    if (objective.timeSliceTarget !== undefined)
      out.add(
        label,
        "spec.objectives[0].timeSliceTarget",
        "timeSliceTarget applies to budgetingMethod Timeslices only.",
      );
    if (objective.timeSliceWindow !== undefined)
      out.add(
        label,
        "spec.objectives[0].timeSliceWindow",
        "timeSliceWindow applies to budgetingMethod Timeslices only.",
      );
  }

  let windowFields: Pick<SloFields, "windowKind" | "windowDays" | "calendarUnit" | "timeZone"> | undefined;
  if (window.isRolling) {
    const minutes = durationMinutes(window.duration);
    if (window.calendar) out.add(label, "spec.timeWindow[0].calendar", "A rolling window has no calendar.");
    else if (minutes === null || minutes % 1440 !== 0 || minutes > 90 * 1440)
      out.add(
        label,
        "spec.timeWindow[0].duration",
        'Vigil\'s rolling windows are 1 to 90 whole days, e.g. "7d", "28d", "30d".',
      );
    else windowFields = { windowKind: "rolling", windowDays: minutes / 1440, calendarUnit: null, timeZone: "UTC" };
  } else {
    const unit = window.duration === "1M" ? "month" : window.duration === "1w" ? "week" : null;
    const timeZone = window.calendar?.timeZone ?? "UTC";
    if (!unit)
      out.add(label, "spec.timeWindow[0].duration", 'Vigil\'s calendar windows are "1M" (month) and "1w" (ISO week).');
    else if (!validTimeZone(timeZone))
      out.add(label, "spec.timeWindow[0].calendar.timeZone", `"${timeZone}" is not an IANA time zone.`);
    else if (window.calendar && !alignedStart(window.calendar.startTime, unit)) {
      out.add(
        label,
        "spec.timeWindow[0].calendar.startTime",
        unit === "month"
          ? 'Vigil\'s months start on day 1 at 00:00: use e.g. "2024-01-01 00:00:00".'
          : 'Vigil\'s weeks start on Monday at 00:00: use e.g. "2024-01-01 00:00:00".',
      );
    } else windowFields = { windowKind: "calendar", windowDays: null, calendarUnit: unit, timeZone };
  }

  const alertConditions = spec.alertPolicies
    ? toConditions(spec.alertPolicies, label, out, policies, conditions)
    : null;
  if (out.issues.length > before || !target || !windowFields) return undefined;
  return {
    name,
    description: spec.description ?? "",
    target,
    ...windowFields,
    budgetingMethod: spec.budgetingMethod === "Timeslices" ? "timeslices" : "occurrences",
    timesliceThreshold,
    alertConditions,
  };
}

function toConditions(
  items: NonNullable<SloSpec["alertPolicies"]>,
  label: string,
  out: Collector,
  policies: Map<string, Doc<"AlertPolicy">>,
  conditions: Map<string, Doc<"AlertCondition">>,
): AlertCondition[] {
  const result: AlertCondition[] = [];
  items.forEach((item, i) => {
    let policy: { spec: AlertPolicySpec; label: string; path: string } | undefined;
    const at = `spec.alertPolicies[${i}]`;
    if (item.alertPolicyRef !== undefined) {
      if (item.kind || item.metadata || item.spec)
        return out.add(label, at, "Give either alertPolicyRef or an inline AlertPolicy, not both.");
      const doc = policies.get(item.alertPolicyRef);
      if (!doc)
        return out.add(label, `${at}.alertPolicyRef`, `No AlertPolicy named "${item.alertPolicyRef}" in this file.`);
      policy = { spec: doc.value.spec, label: doc.label, path: "spec" };
    } else if (item.kind && item.metadata && item.spec) policy = { spec: item.spec, label, path: `${at}.spec` };
    else return out.add(label, at, "Give alertPolicyRef, or an inline AlertPolicy with kind, metadata and spec.");
    policy.spec.conditions.forEach((c, j) => {
      const cAt = `${policy.path}.conditions[${j}]`;
      let spec: AlertConditionSpec | undefined;
      let id: string | undefined;
      if (c.conditionRef !== undefined) {
        const doc = conditions.get(c.conditionRef);
        if (!doc)
          return out.add(
            policy.label,
            `${cAt}.conditionRef`,
            `No AlertCondition named "${c.conditionRef}" in this file.`,
          );
        spec = doc.value.spec;
        id = c.conditionRef;
      } else if (c.kind && c.metadata && c.spec) {
        spec = c.spec;
        id = c.metadata.name;
      } else
        return out.add(
          policy.label,
          cAt,
          "Give conditionRef, or an inline AlertCondition with kind, metadata and spec.",
        );
      const long = durationMinutes(spec.condition.lookbackWindow);
      const short = durationMinutes(spec.condition.alertAfter);
      if (long === null || long > 90 * 1440)
        return out.add(
          policy.label,
          `${cAt}.spec.condition.lookbackWindow`,
          "Use minutes, hours, days or weeks, at most 90 days.",
        );
      if (short === null || short >= long)
        return out.add(
          policy.label,
          `${cAt}.spec.condition.alertAfter`,
          "alertAfter is Vigil's short window: minutes to days, shorter than lookbackWindow.",
        );
      if (id.length > 40)
        return out.add(
          policy.label,
          c.conditionRef !== undefined ? `${cAt}.conditionRef` : `${cAt}.metadata.name`,
          "Vigil's condition ids are at most 40 characters.",
        );
      if (result.some((r) => r.id === id))
        return out.add(policy.label, cAt, `Condition "${id}" appears twice for this SLO.`);
      result.push({
        id,
        severity: spec.severity,
        factor: spec.condition.threshold,
        longWindowMinutes: long,
        shortWindowMinutes: short,
      });
    });
  });
  if (result.length > 10)
    out.add(
      label,
      "spec.alertPolicies",
      `Vigil evaluates at most 10 conditions per SLO; these policies have ${result.length}.`,
    );
  return result;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function alignedStart(startTime: string, unit: "week" | "month"): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(startTime);
  if (!m || m[4] !== "00" || m[5] !== "00" || m[6] !== "00") return false;
  if (unit === "month") return m[3] === "01";
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay() === 1;
}
