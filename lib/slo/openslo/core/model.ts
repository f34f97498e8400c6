// Vigil's view of an OpenSLO file: only what Vigil stores, so planning is a field comparison.
import type { AlertCondition } from "../../core/types";

export type DesiredService = { slug: string; name: string; description: string };

export type DesiredSli = {
  name: string;
  serviceSlug: string;
  description: string;
  kind: "ratio" | "threshold";
  source: "push" | "prometheus";
  goodQuery: string | null;
  totalQuery: string | null;
  thresholdValue: string | null;
  thresholdUnit: string | null;
};

export type DesiredSlo = {
  name: string;
  sliName: string;
  serviceSlug: string;
  description: string;
  /** Exact decimal percent, e.g. "99.9". */
  target: string;
  windowKind: "rolling" | "calendar";
  windowDays: number | null;
  calendarUnit: "week" | "month" | null;
  timeZone: string;
  budgetingMethod: "occurrences" | "timeslices";
  /** Exact decimal ratio, e.g. "0.95". */
  timesliceThreshold: string | null;
  /** Null: Vigil's defaults scaled to the window. */
  alertConditions: AlertCondition[] | null;
};

/** `source`: the source the file's documents name in their `vigil.dev/source` annotation, if any. */
export type DesiredState = {
  services: DesiredService[];
  slis: DesiredSli[];
  slos: DesiredSlo[];
  source?: { name: string; document: string } | null;
};

export type OpenSloIssue = { document: string; path: string; message: string };

export type ObjectKind = "Service" | "SLI" | "SLO";
export type PlanEntry = { kind: ObjectKind; name: string; changes?: string[] };
/** `source`: the OpenSLO source the plan was made for. */
export type Plan = {
  created: PlanEntry[];
  updated: PlanEntry[];
  unchanged: PlanEntry[];
  deleted: PlanEntry[];
  source?: string;
};

export const MANAGED_BY = "openslo";
