import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { SEVERITIES } from "@/lib/incidents/core/lifecycle";
import { DUE_UNITS, policiesWithDefaults, type SeverityPolicy } from "./core/policy";
import { DEFAULT_TEMPLATE, templateSchema, type TemplateSection } from "./core/template";

export const policySchema = z.strictObject({
  severity: z.enum(SEVERITIES),
  required: z.boolean(),
  dueAmount: z.number().int().min(1, "Allow at least one day.").max(90, "At most 90 days."),
  dueUnit: z.enum(DUE_UNITS, { error: "The unit is calendar_days or business_days." }),
});

export const settingsSchema = z.strictObject({
  template: templateSchema.optional(),
  postPublicSummary: z.boolean().optional(),
  policies: z.array(policySchema).max(SEVERITIES.length).optional(),
});
export type SettingsInput = z.input<typeof settingsSchema>;

export type PostmortemSettings = {
  template: TemplateSection[];
  postPublicSummary: boolean;
  policies: SeverityPolicy[];
};

export async function readSettings(client: Tx | typeof db, orgId: string): Promise<PostmortemSettings> {
  const [row, policies] = await Promise.all([
    client.postmortemSettings.findUnique({ where: { orgId } }),
    client.postmortemSeverityPolicy.findMany({ where: { orgId } }),
  ]);
  const template = row ? templateSchema.safeParse(row.template) : null;
  return {
    template: template?.success ? template.data : DEFAULT_TEMPLATE.map((s) => ({ ...s })),
    postPublicSummary: row?.postPublicSummary ?? false,
    policies: policiesWithDefaults(policies),
  };
}

export async function getPostmortemSettings(ctx: OrgContext): Promise<PostmortemSettings> {
  authorize(ctx, "org:read");
  return readSettings(db, ctx.org.id);
}

/** Template, policy and publishing choice (admins). A template change applies to post-mortems drafted after it. */
export async function savePostmortemSettings(ctx: OrgContext, input: SettingsInput): Promise<PostmortemSettings> {
  authorize(ctx, "config:write");
  const data = settingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await readSettings(tx, ctx.org.id);
    const template = data.template ?? before.template;
    const postPublicSummary = data.postPublicSummary ?? before.postPublicSummary;
    await tx.postmortemSettings.upsert({
      where: { orgId: ctx.org.id },
      create: { orgId: ctx.org.id, template, postPublicSummary },
      update: { template, postPublicSummary },
    });
    for (const p of data.policies ?? []) {
      await tx.postmortemSeverityPolicy.upsert({
        where: { orgId_severity: { orgId: ctx.org.id, severity: p.severity } },
        create: { orgId: ctx.org.id, ...p },
        update: { required: p.required, dueAmount: p.dueAmount, dueUnit: p.dueUnit },
      });
    }
    const after = await readSettings(tx, ctx.org.id);
    await recordAudit(tx, ctx, {
      action: "postmortem.settings_updated",
      entityType: "postmortem_settings",
      entityId: ctx.org.id,
      before,
      after,
    });
    return after;
  });
}
