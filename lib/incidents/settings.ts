import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { SEVERITIES, type Severity } from "./core/lifecycle";

const labelValue = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{1,40}$/, "A label value is 1 to 40 letters, digits, dots, dashes or underscores.");

export const incidentSettingsSchema = z.object({
  commanderNudgeHours: z.coerce.number().int().min(1, "Nudge after at least an hour.").max(24, "Nudge within a day."),
  updateReminderMinutes: z.coerce
    .number()
    .int()
    .min(1, "Remind at least a minute ahead.")
    .max(60, "Remind at most an hour ahead."),
  /** Alert `severity` label values → severities, on top of the built-in mapping. */
  alertSeverityMap: z
    .record(
      labelValue,
      z
        .string()
        .trim()
        .toUpperCase()
        .pipe(z.enum(SEVERITIES, { error: "Map each label value to SEV1, SEV2, SEV3 or SEV4." })),
    )
    .refine((m) => Object.keys(m).length <= 50, "Map at most 50 label values."),
});
export type IncidentSettings = z.infer<typeof incidentSettingsSchema>;

export const DEFAULT_INCIDENT_SETTINGS: IncidentSettings = {
  commanderNudgeHours: 3,
  updateReminderMinutes: 5,
  alertSeverityMap: {},
};

/** The organization's settings, with defaults until it saves its own. */
export async function getIncidentSettings(ctx: OrgContext): Promise<IncidentSettings> {
  authorize(ctx, "org:read");
  return settingsOf(ctx.org.id);
}

export async function settingsOf(orgId: string): Promise<IncidentSettings> {
  const row = await db.incidentSettings.findUnique({ where: { orgId } });
  if (!row) return DEFAULT_INCIDENT_SETTINGS;
  return {
    commanderNudgeHours: row.commanderNudgeHours,
    updateReminderMinutes: row.updateReminderMinutes,
    alertSeverityMap: row.alertSeverityMap as Record<string, Severity>,
  };
}

export async function saveIncidentSettings(ctx: OrgContext, input: z.input<typeof incidentSettingsSchema>) {
  authorize(ctx, "config:write");
  const data = incidentSettingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.incidentSettings.findUnique({ where: { orgId: ctx.org.id } });
    const saved = await tx.incidentSettings.upsert({
      where: { orgId: ctx.org.id },
      create: { orgId: ctx.org.id, ...data },
      update: data,
    });
    await recordAudit(tx, ctx, {
      action: "incident_settings.updated",
      entityType: "organization",
      entityId: ctx.org.id,
      before,
      after: saved,
    });
    return data;
  });
}

/** "critical=SEV1" lines, as the settings form edits the mapping. */
export function parseSeverityMapLines(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [key = "", value = ""] = l.split("=").map((p) => p.trim());
        return [key, value];
      }),
  );
}
