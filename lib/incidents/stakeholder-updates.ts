import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { publishNotification } from "@/lib/notifications/publish";
import { queueStatusEvent } from "@/lib/statuspage/notify-queue";
import { incidentUrl } from "./declare";
import { loadIncident } from "./load";
import { appendTimelineEvent } from "./timeline";
import { nextUpdateDue } from "./core/update-clock";

export const stakeholderUpdateSchema = z.object({
  visibility: z.enum(["public", "internal"], { error: "Visibility is public or internal." }),
  body: z.string().trim().min(1, "Write the update.").max(10_000),
});

/**
 * Posts a stakeholder update with the incident's status at the time and restarts the
 * next-update clock. It does not bump the incident's version: it never conflicts with an edit.
 */
export async function postStakeholderUpdate(
  ctx: OrgContext,
  ref: string,
  input: z.input<typeof stakeholderUpdateSchema>,
) {
  authorize(ctx, "incidents:write");
  const data = stakeholderUpdateSchema.parse(input);
  return db.$transaction(async (tx) => {
    const incident = await loadIncident(tx, ctx, ref);
    const now = new Date();
    const update = await tx.stakeholderUpdate.create({
      data: {
        incidentId: incident.id,
        visibility: data.visibility,
        status: incident.status,
        body: data.body,
        authorId: ctx.actor.type === "user" ? ctx.actor.id : null,
        createdAt: now,
      },
    });
    const def = await tx.severityDefinition.findUnique({
      where: { orgId_severity: { orgId: ctx.org.id, severity: incident.severity } },
      select: { updateIntervalMinutes: true },
    });
    await tx.incident.update({
      where: { id: incident.id },
      data: { nextUpdateDueAt: nextUpdateDue(now, def?.updateIntervalMinutes, incident.status === "resolved") },
    });
    await appendTimelineEvent(tx, ctx, incident.id, {
      kind: "update.posted",
      data: { updateId: update.id, visibility: update.visibility, status: update.status, body: update.body },
      occurredAt: now,
    });
    await recordAudit(tx, ctx, {
      action: "incident.update_posted",
      entityType: "incident",
      entityId: incident.id,
      after: update,
    });
    await publishNotification(tx, {
      type: "incident.update_posted",
      orgId: ctx.org.id,
      private: incident.private,
      occurredAt: now,
      title: `INC-${incident.number} update (${data.visibility})`,
      text: data.body,
      url: incidentUrl(ctx, incident.number),
      data: { incidentId: incident.id, number: incident.number, visibility: data.visibility, status: incident.status },
    });
    // A public update of a public incident goes to the status pages' subscribers too.
    if (data.visibility === "public" && !incident.private) {
      await queueStatusEvent(tx, {
        kind: "incident",
        orgId: ctx.org.id,
        incidentId: incident.id,
        reason: "updated",
        updateId: update.id,
      });
    }
    return update;
  });
}
