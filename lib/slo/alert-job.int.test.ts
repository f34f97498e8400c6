import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { orgWithMembers, unique } from "@/tests/factories";
import { evaluateAllSloAlerts, evaluateOrgAlerts } from "./alert-job";
import { createSli, createSliSchema, ingestSliPoints } from "./slis";
import { createSlo, createSloSchema } from "./slos";

const MIN = 60_000;

async function burningSlo() {
  const { org, members } = await orgWithMembers(["admin"]);
  const admin = members.admin.ctx;
  const service = await createService(admin, {
    name: "API",
    slug: unique("svc"),
    description: "",
    team: "",
    tier: 1,
    links: {},
  });
  const sli = await createSli(admin, createSliSchema.parse({ serviceId: service.id, name: unique("availability") }));
  const at = Math.floor(Date.now() / MIN) * MIN;
  // The last hour is half errors: burn rate 500 against a 99.9 % target on every lookback that has data.
  const points = (good: number) =>
    Array.from({ length: 60 }, (_, i) => ({ timestamp: new Date(at - (i + 1) * MIN).toISOString(), good, total: 100 }));
  await ingestSliPoints(admin, sli.id, points(50));
  const system = { org, actor: { type: "system" as const, id: "slo-alerts", label: "slo-alerts" } };
  return { org, admin, service, sli, at, points, system };
}

describe("burn-rate alert evaluation", () => {
  it("fires once per condition however many runs overlap, declares one incident, and resolves", async () => {
    const { admin, sli, at, points, system, service } = await burningSlo();
    const slo = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: "api",
        target: "99.9",
        incidentPolicy: "page",
        incidentSeverity: "SEV1",
      }),
    );
    const other = await createSlo(
      admin,
      createSloSchema.parse({ sliId: sli.id, name: "api-2", target: "99.9", incidentPolicy: "page" }),
    );
    const runs = await Promise.all([evaluateOrgAlerts(system, at), evaluateOrgAlerts(system, at)]);
    expect(runs.reduce((n, r) => n + r.fired, 0)).toBe(8);
    expect(await db.sloAlert.count({ where: { sloId: { in: [slo.id, other.id] } } })).toBe(8);
    const firing = await db.sloAlert.findMany({ where: { sloId: slo.id }, orderBy: { conditionId: "asc" } });
    expect(firing.map((a) => [a.severity, a.status])).toEqual(
      expect.arrayContaining([
        ["page", "firing"],
        ["ticket", "firing"],
      ]),
    );
    expect(firing).toHaveLength(4);
    expect((firing[0]?.figures as { fired: { longBurnRate: number } }).fired.longBurnRate).toBeCloseTo(500, 6);
    // Both SLOs page on the same service: one incident, the second alert attached to it.
    const incidents = await db.incident.findMany({ where: { orgId: system.org.id }, include: { services: true } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ source: "slo", severity: "SEV1", services: [{ serviceId: service.id }] });
    const paged = await db.sloAlert.findMany({ where: { sloId: { in: [slo.id, other.id] }, severity: "page" } });
    expect(new Set(paged.map((a) => a.incidentId))).toEqual(new Set([incidents[0]?.id]));
    expect(await db.sloAlert.count({ where: { sloId: slo.id, severity: "ticket", incidentId: { not: null } } })).toBe(
      0,
    );
    // Every page alert is on the incident's timeline, the one that declared it included.
    const timeline = (kind: string) =>
      db.timelineEvent.findMany({ where: { incidentId: incidents[0]!.id, kind }, orderBy: { createdAt: "asc" } });
    const fired = await timeline("slo.alert_fired");
    expect(fired).toHaveLength(4);
    expect(fired.map((e) => (e.data as { sloName: string }).sloName).sort()).toEqual(["api", "api", "api-2", "api-2"]);
    expect(fired[0]?.occurredAt.getTime()).toBe(at);

    expect(await evaluateOrgAlerts(system, at + MIN)).toEqual({ fired: 0, resolved: 0, failed: 0 });
    await ingestSliPoints(admin, sli.id, points(100));
    expect(await evaluateOrgAlerts(system, at + MIN)).toEqual({ fired: 0, resolved: 8, failed: 0 });
    const resolved = await db.sloAlert.findMany({ where: { sloId: slo.id } });
    expect(resolved.every((a) => a.status === "resolved" && a.resolvedAt?.getTime() === at + MIN)).toBe(true);
    const resolvedEvents = await timeline("slo.alert_resolved");
    expect(resolvedEvents).toHaveLength(4);
    expect(resolvedEvents[0]).toMatchObject({
      occurredAt: new Date(at + MIN),
      data: expect.objectContaining({ conditionId: expect.stringMatching(/^page-/), status: "ok" }),
    });
  });

  it("one SLO that cannot be evaluated does not stop the others from alerting", async () => {
    const { admin, sli, at, system } = await burningSlo();
    const broken = await createSlo(admin, createSloSchema.parse({ sliId: sli.id, name: "a-broken", target: "99.9" }));
    const fine = await createSlo(admin, createSloSchema.parse({ sliId: sli.id, name: "b-fine", target: "99.9" }));
    // A time zone this host's ICU does not know (another instance's may): evaluating it throws.
    await db.slo.update({
      where: { id: broken.id },
      data: { windowKind: "calendar", windowDays: null, calendarUnit: "month", timeZone: "Mars/Olympus_Mons" },
    });
    expect(await evaluateOrgAlerts(system, at)).toEqual({ fired: 4, resolved: 0, failed: 1 });
    expect(await db.sloAlert.count({ where: { sloId: fine.id, status: "firing" } })).toBe(4);
    const tick = await evaluateAllSloAlerts(at + MIN);
    expect(tick.failed).toBeGreaterThanOrEqual(1);
    expect(await db.sloAlert.count({ where: { sloId: fine.id, status: "firing" } })).toBe(4);
  });

  it("stays silent under minEvents and says so in the status", async () => {
    const { admin, sli, at, system } = await burningSlo();
    const slo = await createSlo(
      admin,
      createSloSchema.parse({ sliId: sli.id, name: "quiet", target: "99.9", minEvents: 1_000_000 }),
    );
    expect(await evaluateOrgAlerts(system, at)).toEqual({ fired: 0, resolved: 0, failed: 0 });
    expect(await db.sloAlert.count({ where: { sloId: slo.id } })).toBe(0);
    const { getSloStatus } = await import("./status");
    const status = await getSloStatus(admin, slo.id, at);
    expect(status.alerts.every((a) => a.status === "suppressed" && a.wouldFire)).toBe(true);
  });
});
