// zod schemas of the OpenSLO v1 documents Vigil understands. Objects are strict: a field
// Vigil cannot honour is an error at its path, never silently dropped.
import { z } from "zod";

const name = z.string().trim().min(1, "A name is required.").max(100);
const metadata = z.object({ name }).strict();

/** Which OpenSLO source (a repository's files) owns what an apply writes: it prunes only its own. */
export const SOURCE_ANNOTATION = "vigil.dev/source";
export const DEFAULT_SOURCE = "default";
export const sourceNameSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/,
    "A source is 1 to 100 letters, digits, '.', '_', '-' or '/', starting with a letter or digit, e.g. team-payments/slos.",
  );
// Top-level documents may name their source; no other annotation is understood.
const annotations = z
  .object({ [SOURCE_ANNOTATION]: sourceNameSchema.optional() })
  .strict()
  .optional();
const documentMetadata = metadata.extend({ annotations });
const serviceMetadata = documentMetadata.extend({ displayName: z.string().trim().max(100).optional() });
const duration = z
  .string()
  .regex(/^\d+(m|h|d|w|M|Q|Y)$/, 'A duration is a number and a unit, e.g. "28d", "1w", "1M", "5m".');

export const metricSourceSchema = z
  .object({
    type: z.string().min(1, "Name the metric source type, e.g. Prometheus."),
    spec: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

const metricSchema = z.object({ metricSource: metricSourceSchema }).strict();

export const sliSpecSchema = z
  .object({
    description: z.string().max(2000).optional(),
    ratioMetric: z
      .object({
        // Informational: Vigil's queries always give events per second (docs/openslo.md).
        counter: z.boolean().optional(),
        good: metricSchema.optional(),
        bad: metricSchema.optional(),
        total: metricSchema,
      })
      .strict()
      .optional(),
    thresholdMetric: metricSchema.optional(),
  })
  .strict();

export const sliDocumentSchema = z
  .object({
    apiVersion: z.literal("openslo/v1"),
    kind: z.literal("SLI"),
    metadata: documentMetadata,
    spec: sliSpecSchema,
  })
  .strict();
export const inlineIndicatorSchema = z.object({ metadata, spec: sliSpecSchema }).strict();

export const serviceDocumentSchema = z
  .object({
    apiVersion: z.literal("openslo/v1"),
    kind: z.literal("Service"),
    metadata: serviceMetadata,
    spec: z
      .object({ description: z.string().max(2000).optional() })
      .strict()
      .default({}),
  })
  .strict();

export const alertConditionSpecSchema = z
  .object({
    severity: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(["page", "ticket"], 'Vigil\'s alert severities are "page" and "ticket".')),
    condition: z
      .object({
        kind: z.literal("burnrate", 'Vigil evaluates "burnrate" conditions only.'),
        op: z.literal("gt", 'Vigil fires when the burn rate is greater than the threshold: use op "gt".'),
        threshold: z.number().positive("The burn-rate threshold must be positive."),
        lookbackWindow: duration,
        alertAfter: duration,
      })
      .strict(),
  })
  .strict();

export const alertConditionDocumentSchema = z
  .object({
    apiVersion: z.literal("openslo/v1"),
    kind: z.literal("AlertCondition"),
    metadata: documentMetadata,
    spec: alertConditionSpecSchema,
  })
  .strict();

// Either inline or a reference; which one is checked when resolving (for a clear path).
const conditionItem = z
  .object({
    kind: z.literal("AlertCondition").optional(),
    metadata: metadata.optional(),
    spec: alertConditionSpecSchema.optional(),
    conditionRef: name.optional(),
  })
  .strict();

export const alertPolicySpecSchema = z
  .object({
    alertWhenBreaching: z.literal(true, "Vigil alerts when the budget burns (alertWhenBreaching: true).").optional(),
    alertWhenResolved: z.literal(true, "Vigil always reports when an alert resolves.").optional(),
    alertWhenNoData: z
      .literal(false, "Vigil never alerts on missing data: minutes without data are neither good nor bad.")
      .optional(),
    conditions: z.array(conditionItem).min(1, "An alert policy needs at least one condition."),
    notificationTargets: z
      .array(z.unknown())
      .max(
        0,
        "Vigil sends SLO alerts to the organization's notification targets (Settings → Notifications); remove notificationTargets.",
      )
      .optional(),
  })
  .strict();

export const alertPolicyDocumentSchema = z
  .object({
    apiVersion: z.literal("openslo/v1"),
    kind: z.literal("AlertPolicy"),
    metadata: documentMetadata,
    spec: alertPolicySpecSchema,
  })
  .strict();

const alertPolicyItem = z
  .object({
    kind: z.literal("AlertPolicy").optional(),
    metadata: metadata.optional(),
    spec: alertPolicySpecSchema.optional(),
    alertPolicyRef: name.optional(),
  })
  .strict();

const objectiveSchema = z
  .object({
    op: z
      .enum(
        ["lte", "lt"],
        'Vigil\'s threshold SLIs count a value as good when it is at most the threshold: use op "lte" or "lt".',
      )
      .optional(),
    value: z.number().optional(),
    target: z
      .number()
      .gt(0, "target is a ratio in (0, 1], e.g. 0.999.")
      .lte(1, "target is a ratio in (0, 1], e.g. 0.999.")
      .optional(),
    targetPercent: z
      .number()
      .gt(0, "targetPercent is in (0, 100], e.g. 99.9.")
      .lte(100, "targetPercent is in (0, 100], e.g. 99.9.")
      .optional(),
    timeSliceTarget: z
      .number()
      .gt(0, "timeSliceTarget is a ratio in (0, 1].")
      .lte(1, "timeSliceTarget is a ratio in (0, 1].")
      .optional(),
    timeSliceWindow: z.literal("1m", 'Vigil\'s time slices are one minute: use timeSliceWindow "1m".').optional(),
  })
  .strict();

const timeWindowSchema = z
  .object({
    duration,
    isRolling: z.boolean(),
    calendar: z
      .object({ startTime: z.string(), timeZone: z.string().default("UTC") })
      .strict()
      .optional(),
  })
  .strict();

export const sloSpecSchema = z
  .object({
    description: z.string().max(2000).optional(),
    service: name,
    indicator: inlineIndicatorSchema.optional(),
    indicatorRef: name.optional(),
    budgetingMethod: z.enum(
      ["Occurrences", "Timeslices"],
      'Vigil supports budgetingMethod "Occurrences" and "Timeslices".',
    ),
    timeWindow: z.array(timeWindowSchema).length(1, "Give exactly one timeWindow."),
    objectives: z
      .array(objectiveSchema)
      .length(1, "Vigil SLOs have exactly one objective; write one SLO per objective."),
    alertPolicies: z.array(alertPolicyItem).optional(),
  })
  .strict();

export const sloDocumentSchema = z
  .object({
    apiVersion: z.literal("openslo/v1"),
    kind: z.literal("SLO"),
    metadata: documentMetadata,
    spec: sloSpecSchema,
  })
  .strict();

export type SliSpec = z.infer<typeof sliSpecSchema>;
export type SloSpec = z.infer<typeof sloSpecSchema>;
export type AlertConditionSpec = z.infer<typeof alertConditionSpecSchema>;
export type AlertPolicySpec = z.infer<typeof alertPolicySpecSchema>;
