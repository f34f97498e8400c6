import { z } from "zod";

// Alertmanager's webhook payload, version 4:
// https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
const labelSet = z.record(z.string(), z.string());

export const alertmanagerAlertSchema = z.object({
  status: z.enum(["firing", "resolved"]),
  labels: labelSet,
  annotations: labelSet.default({}),
  startsAt: z.iso.datetime({ offset: true }),
  // Alertmanager sends "0001-01-01T00:00:00Z" for alerts that have not ended.
  endsAt: z.string().optional(),
  generatorURL: z.string().default(""),
  fingerprint: z.string().min(1).max(200),
});

export const alertmanagerPayloadSchema = z.object({
  version: z.literal("4", { error: "Only Alertmanager webhook payload version 4 is supported." }),
  groupKey: z.string().min(1).max(2000),
  truncatedAlerts: z.number().int().min(0).default(0),
  status: z.enum(["firing", "resolved"]),
  receiver: z.string(),
  groupLabels: labelSet.default({}),
  commonLabels: labelSet.default({}),
  commonAnnotations: labelSet.default({}),
  externalURL: z.string().default(""),
  alerts: z.array(alertmanagerAlertSchema).min(1).max(1000),
});

export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;
export type AlertmanagerAlert = z.infer<typeof alertmanagerAlertSchema>;
