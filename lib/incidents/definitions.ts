import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound, validationFailed } from "@/lib/errors";
import { ensureIncidentDefaults } from "./defaults";
import { SEVERITIES } from "./core/lifecycle";
import { RESPONDER } from "./core/roles";

const checklistSchema = z.array(z.string().trim().min(1).max(200)).max(20, "Keep a checklist to 20 duties or fewer.");

export const roleDefinitionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, "The key is 2 to 40 lowercase letters, digits or dashes, e.g. scribe."),
  name: z.string().trim().min(1, "Name the role.").max(60),
  checklist: checklistSchema.default([]),
});

export const severityDefinitionSchema = z.object({
  severity: z.enum(SEVERITIES),
  description: z.string().trim().min(1, "Describe what this severity means.").max(500),
  updateIntervalMinutes: z.coerce
    .number()
    .int()
    .min(5, "Stakeholder updates are at least 5 minutes apart.")
    .max(1440, "At most a day between updates."),
});

export async function listRoleDefinitions(ctx: OrgContext) {
  authorize(ctx, "org:read");
  await db.$transaction((tx) => ensureIncidentDefaults(tx, ctx.org.id));
  return db.incidentRoleDefinition.findMany({
    where: { orgId: ctx.org.id },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, key: true, name: true, checklist: true, builtIn: true },
  });
}

/** Creates an organization's own role, or renames / edits the checklist of any role (built-in keys stay). */
export async function saveRoleDefinition(ctx: OrgContext, input: z.input<typeof roleDefinitionSchema>) {
  authorize(ctx, "config:write");
  const data = roleDefinitionSchema.parse(input);
  if (data.key === RESPONDER) throw validationFailed('"responder" is reserved for the responders of an incident.');
  return db.$transaction(async (tx) => {
    await ensureIncidentDefaults(tx, ctx.org.id);
    const before = await tx.incidentRoleDefinition.findUnique({
      where: { orgId_key: { orgId: ctx.org.id, key: data.key } },
    });
    const count = await tx.incidentRoleDefinition.count({ where: { orgId: ctx.org.id } });
    const saved = before
      ? await tx.incidentRoleDefinition.update({
          where: { id: before.id },
          data: { name: data.name, checklist: data.checklist },
        })
      : await tx.incidentRoleDefinition.create({
          data: { orgId: ctx.org.id, key: data.key, name: data.name, checklist: data.checklist, position: count },
        });
    await recordAudit(tx, ctx, {
      action: before ? "incident_role.updated" : "incident_role.created",
      entityType: "incident_role",
      entityId: saved.id,
      before,
      after: saved,
    });
    return saved;
  });
}

/** Only an organization's own roles can be removed; past assignments keep their key in the history. */
export async function deleteRoleDefinition(ctx: OrgContext, key: string) {
  authorize(ctx, "config:write");
  return db.$transaction(async (tx) => {
    const def = await tx.incidentRoleDefinition.findUnique({ where: { orgId_key: { orgId: ctx.org.id, key } } });
    if (!def) throw notFound("Role");
    if (def.builtIn) throw validationFailed("Built-in roles cannot be removed; edit their checklist instead.");
    await tx.incidentRoleDefinition.delete({ where: { id: def.id } });
    await recordAudit(tx, ctx, {
      action: "incident_role.deleted",
      entityType: "incident_role",
      entityId: def.id,
      before: def,
    });
  });
}

export async function saveSeverityDefinition(ctx: OrgContext, input: z.input<typeof severityDefinitionSchema>) {
  authorize(ctx, "config:write");
  const data = severityDefinitionSchema.parse(input);
  return db.$transaction(async (tx) => {
    await ensureIncidentDefaults(tx, ctx.org.id);
    const where = { orgId_severity: { orgId: ctx.org.id, severity: data.severity } };
    const before = await tx.severityDefinition.findUnique({ where });
    const saved = await tx.severityDefinition.update({
      where,
      data: { description: data.description, updateIntervalMinutes: data.updateIntervalMinutes },
    });
    await recordAudit(tx, ctx, {
      action: "severity.updated",
      entityType: "severity",
      entityId: data.severity,
      before,
      after: saved,
    });
    return saved;
  });
}
