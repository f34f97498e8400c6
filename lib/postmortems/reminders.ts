import "server-only";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { publishNotification } from "@/lib/notifications/publish";
import { listOverdue } from "./library";

/**
 * Once a day (a pg-boss schedule: one job per tick whatever the number of instances), tells each
 * organization's notification targets which required post-mortems are overdue. Private
 * incidents are announced without their names, like every notification about them.
 */
export async function remindOverduePostmortems(now = new Date()): Promise<number> {
  const orgs = await db.organization.findMany({
    where: {
      incidents: {
        some: {
          status: "resolved",
          OR: [{ postmortem: null }, { postmortem: { status: { in: ["draft", "in_review"] } } }],
        },
      },
    },
    select: { id: true, slug: true, name: true },
  });
  let sent = 0;
  for (const org of orgs) {
    const ctx: OrgContext = { org, actor: { type: "system", id: "postmortem-reminders", label: "Vigil" } };
    const overdue = await listOverdue(ctx, now);
    if (!overdue.length) continue;
    await db.$transaction(async (tx) => {
      for (const i of overdue) {
        const url = i.postmortem
          ? `${publicUrl()}/${org.slug}/postmortems/${i.postmortem.id}`
          : `${publicUrl()}/${org.slug}/incidents/${i.number}`;
        const days = Math.floor((now.getTime() - i.dueAt.getTime()) / 86_400_000);
        await publishNotification(tx, {
          type: "postmortem.overdue",
          orgId: org.id,
          private: i.private,
          occurredAt: now,
          url,
          title: `INC-${i.number} post-mortem overdue`,
          text: `${i.title}: the ${i.severity} post-mortem ${i.postmortem ? "is not published yet" : "has not been started"}; it was due ${days > 0 ? `${days} day${days === 1 ? "" : "s"} ago` : "today"}.`,
          data: {
            incidentId: i.id,
            number: i.number,
            severity: i.severity,
            postmortemId: i.postmortem?.id ?? null,
            dueAt: i.dueAt.toISOString(),
          },
        });
        sent += 1;
      }
    });
  }
  return sent;
}
