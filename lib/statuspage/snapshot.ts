import "server-only";
import { subDays } from "date-fns";
import { authorize, type OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { isMaintenanceActive } from "./core/maintenance";
import { getStatusPage } from "./pages";
import type { StatusSnapshot } from "./core/serialize";
import { deriveComponentStatus } from "./core/status";
import { toPublicIncident, type PublicIncident } from "./core/types";

const HISTORY_DAYS = 90;

/** The page's public URL: its own host name when it has one, else /status/{slug} on Vigil's public URL. */
export const statusPageUrl = (page: { slug: string; hostName: string | null }) =>
  page.hostName ? `https://${page.hostName}` : `${publicUrl()}/status/${page.slug}`;

/**
 * Who reads for the public (the status routes and subscriber notifications): Vigil itself, which
 * only ever loads published pages through loadStatusSnapshot(), where private incidents and
 * internal updates are filtered out in the query.
 */
export const publicReaderContext = (org: OrgContext["org"]): OrgContext => ({
  org,
  actor: { type: "system", id: "status-page", label: "public status page" },
});

/**
 * Everything the public page and its v2 JSON show, with component statuses derived at `now`.
 * Private incidents are excluded in the query (they do not even colour a component) and again
 * by toPublicIncident(); internal updates are never loaded.
 */
export async function loadStatusSnapshot(ctx: OrgContext, pageId: string, now: Date): Promise<StatusSnapshot> {
  authorize(ctx, "org:read");
  const page = await getStatusPage(ctx, pageId);
  const since = subDays(now, HISTORY_DAYS);
  const [groups, components, maintenances] = await Promise.all([
    db.statusComponentGroup.findMany({ where: { orgId: ctx.org.id, pageId: page.id }, orderBy: { position: "asc" } }),
    db.statusComponent.findMany({ where: { orgId: ctx.org.id, pageId: page.id }, orderBy: { position: "asc" } }),
    db.scheduledMaintenance.findMany({
      where: { orgId: ctx.org.id, pageId: page.id, scheduledUntil: { gte: since } },
      include: { components: { select: { componentId: true } }, updates: { orderBy: { displayAt: "desc" } } },
      orderBy: { scheduledFor: "desc" },
    }),
  ]);
  const serviceIds = [...new Set(components.flatMap((c) => (c.serviceId ? [c.serviceId] : [])))];
  const incidents = await db.incident.findMany({
    where: {
      orgId: ctx.org.id,
      private: false,
      services: { some: { serviceId: { in: serviceIds } } },
      OR: [{ status: { not: "resolved" } }, { resolvedAt: { gte: since } }],
    },
    include: {
      services: { select: { serviceId: true } },
      updates: { where: { visibility: "public" }, orderBy: { createdAt: "desc" } },
    },
    orderBy: { startedAt: "desc" },
  });

  const componentsOfService = (ids: string[]) =>
    components.filter((c) => c.serviceId && ids.includes(c.serviceId)).map((c) => ({ id: c.id, name: c.name }));
  const open = incidents
    .filter((i) => i.status !== "resolved")
    .map((i) => ({ severity: i.severity, status: i.status, serviceIds: i.services.map((s) => s.serviceId) }));
  const maintained = new Set(
    maintenances.filter((m) => isMaintenanceActive(m, now)).flatMap((m) => m.components.map((c) => c.componentId)),
  );
  const nameOf = new Map(components.map((c) => [c.id, c.name]));

  return {
    page: {
      id: page.id,
      name: page.name,
      url: statusPageUrl(page),
      timeZone: page.timeZone,
      updatedAt: page.updatedAt,
    },
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      position: g.position,
      createdAt: g.createdAt,
      updatedAt: g.updatedAt,
    })),
    components: components.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      position: c.position,
      showcase: c.showcase,
      onlyShowIfDegraded: c.onlyShowIfDegraded,
      startDate: c.startDate,
      groupId: c.groupId,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      status: deriveComponentStatus(
        { serviceId: c.serviceId, overrideStatus: c.overrideStatus, underMaintenance: maintained.has(c.id) },
        open,
      ),
    })),
    incidents: incidents
      .map((i) =>
        toPublicIncident({
          id: i.id,
          private: i.private,
          title: i.title,
          status: i.status,
          severity: i.severity,
          startedAt: i.startedAt,
          createdAt: i.createdAt,
          updatedAt: i.updatedAt,
          mitigatedAt: i.mitigatedAt,
          resolvedAt: i.resolvedAt,
          components: componentsOfService(i.services.map((s) => s.serviceId)),
          updates: i.updates,
        }),
      )
      .filter((i): i is PublicIncident => i !== null),
    maintenances: maintenances.map((m) => ({
      id: m.id,
      name: m.name,
      scheduledFor: m.scheduledFor,
      scheduledUntil: m.scheduledUntil,
      verifyingAt: m.verifyingAt,
      completedAt: m.completedAt,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      components: m.components.map((c) => ({ id: c.componentId, name: nameOf.get(c.componentId) ?? "" })),
      updates: m.updates.map((u) => ({
        id: u.id,
        status: u.status,
        body: u.body,
        createdAt: u.createdAt,
        displayAt: u.displayAt,
      })),
    })),
  };
}
