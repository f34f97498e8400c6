import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { orgWithMembers, unique } from "@/tests/factories";
import { createComponent, createMaintenance, createStatusPage, setComponentOverride } from "./admin.test-helpers";
import { historyFeeds } from "./core/feeds";
import { summaryJson } from "./core/serialize";
import { loadStatusSnapshot } from "./snapshot";
import { loadComponentUptime } from "./uptime";

const minutes = (m: number) => new Date(Date.now() + m * 60_000);

async function setup() {
  const { org, members } = await orgWithMembers(["admin"]);
  const ctx = members.admin.ctx;
  const api = await createService(ctx, {
    name: "API",
    slug: unique("api"),
    description: "",
    team: "",
    tier: 1,
    links: {},
  });
  const db1 = await createService(ctx, {
    name: "DB",
    slug: unique("db"),
    description: "",
    team: "",
    tier: 1,
    links: {},
  });
  const page = await createStatusPage(ctx, { name: "Acme", slug: unique("acme"), published: true });
  const apiComponent = await createComponent(ctx, page.id, { name: "Public API", serviceId: api.id, position: 1 });
  const dbComponent = await createComponent(ctx, page.id, { name: "Database", serviceId: db1.id, position: 2 });
  let number = 0;
  const incident = (data: {
    title: string;
    severity: "SEV1" | "SEV2" | "SEV3";
    private?: boolean;
    serviceId: string;
    status?: "investigating" | "resolved";
  }) =>
    db.incident.create({
      data: {
        orgId: org.id,
        number: ++number,
        title: data.title,
        severity: data.severity,
        private: data.private ?? false,
        status: data.status ?? "investigating",
        resolvedAt: data.status === "resolved" ? minutes(-5) : null,
        services: { create: { serviceId: data.serviceId } },
      },
    });
  return { org, ctx, page, api, db1, apiComponent, dbComponent, incident };
}

describe("loadStatusSnapshot", () => {
  it("derives component status from public incidents and shows only public updates", async () => {
    const s = await setup();
    const visible = await s.incident({ title: "API errors", severity: "SEV2", serviceId: s.api.id });
    await db.stakeholderUpdate.createMany({
      data: [
        {
          incidentId: visible.id,
          visibility: "public",
          status: "investigating",
          body: "We are investigating API errors.",
        },
        {
          incidentId: visible.id,
          visibility: "internal",
          status: "investigating",
          body: "INTERNAL: customer X is hit",
        },
      ],
    });
    const hidden = await s.incident({
      title: "PRIVATE security breach",
      severity: "SEV1",
      private: true,
      serviceId: s.api.id,
    });
    await db.stakeholderUpdate.create({
      data: { incidentId: hidden.id, visibility: "public", status: "investigating", body: "PRIVATE update" },
    });

    const now = new Date();
    const snapshot = await loadStatusSnapshot(s.ctx, s.page.id, now);
    const summary = summaryJson(snapshot, now);
    const text =
      JSON.stringify(summary) + historyFeeds(snapshot.page, snapshot.incidents, snapshot.maintenances, now).atom;

    expect(summary.components.find((c) => c.id === s.apiComponent.id)!.status).toBe("partial_outage");
    expect(summary.components.find((c) => c.id === s.dbComponent.id)!.status).toBe("operational");
    expect(summary.status).toEqual({ indicator: "major", description: "Partial System Outage" });
    expect(summary.incidents).toHaveLength(1);
    expect(summary.incidents[0]!.incident_updates.map((u) => u.body)).toEqual(["We are investigating API errors."]);
    expect(summary.incidents[0]!.components.map((c) => c.id)).toEqual([s.apiComponent.id]);
    expect(text).not.toContain("INTERNAL");
    expect(text).not.toContain("PRIVATE");
    expect(summary.page.url).toMatch(new RegExp(`/status/${s.page.slug}$`));
  });

  it("puts components under maintenance during a window and lets an override win", async () => {
    const s = await setup();
    await createMaintenance(s.ctx, s.page.id, {
      name: "DB upgrade",
      scheduledFor: minutes(-10).toISOString(),
      scheduledUntil: minutes(50).toISOString(),
      body: "Upgrading.",
      componentIds: [s.dbComponent.id],
    });
    await createMaintenance(s.ctx, s.page.id, {
      name: "Later",
      scheduledFor: minutes(100).toISOString(),
      scheduledUntil: minutes(150).toISOString(),
      body: "Later.",
    });
    await s.incident({ title: "Old", severity: "SEV1", serviceId: s.api.id, status: "resolved" });

    let summary = summaryJson(await loadStatusSnapshot(s.ctx, s.page.id, new Date()), new Date());
    expect(summary.components.find((c) => c.id === s.dbComponent.id)!.status).toBe("under_maintenance");
    expect(summary.components.find((c) => c.id === s.apiComponent.id)!.status).toBe("operational");
    expect(summary.status.indicator).toBe("maintenance");
    expect(summary.scheduled_maintenances.map((m) => [m.name, m.status])).toEqual([
      ["Later", "scheduled"],
      ["DB upgrade", "in_progress"],
    ]);
    expect(summary.incidents).toHaveLength(0);

    // An hour later the window has ended by itself.
    const later = minutes(60);
    summary = summaryJson(await loadStatusSnapshot(s.ctx, s.page.id, later), later);
    expect(summary.components.find((c) => c.id === s.dbComponent.id)!.status).toBe("operational");

    await setComponentOverride(s.ctx, s.apiComponent.id, "major_outage");
    summary = summaryJson(await loadStatusSnapshot(s.ctx, s.page.id, new Date()), new Date());
    expect(summary.components.find((c) => c.id === s.apiComponent.id)!.status).toBe("major_outage");
    expect(summary.status.indicator).toBe("critical");
  });

  it("does not load another organization's page", async () => {
    const s = await setup();
    const other = await orgWithMembers(["owner"]);
    await expect(loadStatusSnapshot(other.members.owner.ctx, s.page.id, new Date())).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("loadComponentUptime", () => {
  it("uses incident time without an SLO and SLI days with one", async () => {
    const s = await setup();
    const now = new Date();
    const dayStart = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000);
    const yesterday = new Date(dayStart.getTime() - 86_400_000);
    await db.incident.create({
      data: {
        orgId: s.org.id,
        number: 99,
        title: "Down",
        severity: "SEV1",
        startedAt: new Date(yesterday.getTime() + 3_600_000),
        resolvedAt: new Date(yesterday.getTime() + 7_200_000),
        status: "resolved",
        services: { create: { serviceId: s.api.id } },
      },
    });
    await db.incident.create({
      data: {
        orgId: s.org.id,
        number: 100,
        title: "Secret",
        severity: "SEV1",
        private: true,
        startedAt: yesterday,
        resolvedAt: dayStart,
        status: "resolved",
        services: { create: { serviceId: s.api.id } },
      },
    });
    await db.statusComponent.update({
      where: { id: s.apiComponent.id },
      data: { startDate: new Date(now.getTime() - 10 * 86_400_000) },
    });

    const bars = await loadComponentUptime(s.ctx, s.apiComponent.id, now);
    expect(bars).toHaveLength(90);
    const y = bars.at(-2)!;
    expect(y).toMatchObject({ source: "incidents", majorOutageMinutes: 60, incidents: [{ name: "Down" }] });
    expect(y.uptime).toBeCloseTo(1 - 60 / 1440, 10);
    expect(bars[0]!.uptime).toBeNull();

    const sli = await db.sli.create({
      data: { orgId: s.org.id, serviceId: s.api.id, name: unique("sli"), kind: "ratio", source: "push" },
    });
    await db.slo.create({ data: { orgId: s.org.id, sliId: sli.id, name: unique("slo"), target: 99.9 } });
    await db.sliDay.create({ data: { sliId: sli.id, day: yesterday, good: 999, total: 1000, minutes: 1440 } });
    const fromSli = await loadComponentUptime(s.ctx, s.apiComponent.id, now);
    expect(fromSli.at(-2)).toMatchObject({ source: "sli", uptime: 0.999 });
  });
});
