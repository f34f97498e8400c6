import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { incidentMetrics, type IncidentMetrics } from "./core/compute";
import { DAY_MS } from "@/lib/time/units";

export const MAX_PERIOD_DAYS = 366;
export const DEFAULT_PERIOD_DAYS = 90;

// `from`/`to` are ISO dates or date-times; `to` defaults to now, `from` to 90 days before it.
export const metricsPeriodSchema = z
  .object({
    from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  })
  .transform(({ from, to }) => {
    const end = to ? new Date(to) : new Date();
    const start = from ? new Date(from) : new Date(end.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
    return { from: start, to: end };
  })
  .refine((p) => p.from < p.to, { message: "`from` must be before `to`." })
  .refine((p) => p.to.getTime() - p.from.getTime() <= MAX_PERIOD_DAYS * DAY_MS, {
    message: `The period can be at most ${MAX_PERIOD_DAYS} days.`,
  });
export type MetricsPeriod = z.output<typeof metricsPeriodSchema>;

/** Response metrics for incidents that started in the period; private incidents never count. */
export async function getIncidentMetrics(ctx: OrgContext, period: MetricsPeriod): Promise<IncidentMetrics> {
  authorize(ctx, "org:read");
  const rows = await db.incident.findMany({
    where: { orgId: ctx.org.id, private: false, startedAt: { gte: period.from, lt: period.to } },
    select: {
      severity: true,
      startedAt: true,
      acknowledgedAt: true,
      mitigatedAt: true,
      resolvedAt: true,
      services: { select: { service: { select: { name: true } } } },
    },
  });
  return incidentMetrics(
    rows.map((r) => ({ ...r, services: r.services.map((s) => s.service.name) })),
    period.from,
    period.to,
  );
}
