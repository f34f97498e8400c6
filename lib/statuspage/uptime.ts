import "server-only";
import { subDays } from "date-fns";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { UPTIME_DAYS, uptimeBars, type UptimeDay } from "./core/uptime";

/**
 * A component's 90 daily bars. The SLI is that of the service's oldest SLO: one SLI only,
 * because adding good/total of SLIs with different meanings gives a meaningless ratio.
 */
export async function loadComponentUptime(ctx: OrgContext, componentId: string, now: Date): Promise<UptimeDay[]> {
  authorize(ctx, "org:read");
  const component = await db.statusComponent.findFirst({
    where: { id: componentId, orgId: ctx.org.id },
    select: { serviceId: true, startDate: true, createdAt: true },
  });
  if (!component) throw notFound("Status component");
  const since = subDays(now, UPTIME_DAYS + 1);
  const startDate = component.startDate ?? component.createdAt;
  if (!component.serviceId) return uptimeBars({ now, startDate, sliDays: null, incidents: [] });

  const slo = await db.slo.findFirst({
    where: { orgId: ctx.org.id, sli: { serviceId: component.serviceId } },
    select: { sliId: true },
    orderBy: { createdAt: "asc" },
  });
  const [sliDays, incidents] = await Promise.all([
    slo
      ? db.sliDay.findMany({
          where: { sliId: slo.sliId, day: { gte: since } },
          select: { day: true, good: true, total: true },
        })
      : Promise.resolve(null),
    db.incident.findMany({
      where: {
        orgId: ctx.org.id,
        private: false,
        services: { some: { serviceId: component.serviceId } },
        OR: [{ resolvedAt: null }, { resolvedAt: { gte: since } }],
      },
      select: { id: true, title: true, severity: true, startedAt: true, resolvedAt: true },
    }),
  ]);
  return uptimeBars({
    now,
    startDate,
    sliDays,
    incidents: incidents.map((i) => ({
      id: i.id,
      name: i.title,
      severity: i.severity,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
    })),
  });
}

/**
 * Every component's bars of one page in four queries, whatever the number of components (the
 * public cache renders whole pages). Same rules as loadComponentUptime.
 */
export async function loadPageUptime(ctx: OrgContext, pageId: string, now: Date): Promise<Map<string, UptimeDay[]>> {
  authorize(ctx, "org:read");
  const components = await db.statusComponent.findMany({
    where: { orgId: ctx.org.id, pageId },
    select: { id: true, serviceId: true, startDate: true, createdAt: true },
  });
  const serviceIds = [...new Set(components.flatMap((c) => (c.serviceId ? [c.serviceId] : [])))];
  const since = subDays(now, UPTIME_DAYS + 1);
  const [slos, incidents] = await Promise.all([
    db.slo.findMany({
      where: { orgId: ctx.org.id, sli: { serviceId: { in: serviceIds } } },
      select: { sliId: true, sli: { select: { serviceId: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.incident.findMany({
      where: {
        orgId: ctx.org.id,
        private: false,
        services: { some: { serviceId: { in: serviceIds } } },
        OR: [{ resolvedAt: null }, { resolvedAt: { gte: since } }],
      },
      select: {
        id: true,
        title: true,
        severity: true,
        startedAt: true,
        resolvedAt: true,
        services: { select: { serviceId: true } },
      },
    }),
  ]);
  const sliOfService = new Map<string, string>();
  for (const slo of slos) if (!sliOfService.has(slo.sli.serviceId)) sliOfService.set(slo.sli.serviceId, slo.sliId);
  const sliIds = [...new Set(sliOfService.values())];
  const sliDays = sliIds.length
    ? await db.sliDay.findMany({
        where: { sliId: { in: sliIds }, day: { gte: since } },
        select: { sliId: true, day: true, good: true, total: true },
      })
    : [];

  const bars = new Map<string, UptimeDay[]>();
  for (const c of components) {
    const startDate = c.startDate ?? c.createdAt;
    const sliId = c.serviceId ? sliOfService.get(c.serviceId) : undefined;
    bars.set(
      c.id,
      uptimeBars({
        now,
        startDate,
        sliDays: sliId ? sliDays.filter((d) => d.sliId === sliId) : null,
        incidents: c.serviceId
          ? incidents
              .filter((i) => i.services.some((s) => s.serviceId === c.serviceId))
              .map((i) => ({
                id: i.id,
                name: i.title,
                severity: i.severity,
                startedAt: i.startedAt,
                resolvedAt: i.resolvedAt,
              }))
          : [],
      }),
    );
  }
  return bars;
}
