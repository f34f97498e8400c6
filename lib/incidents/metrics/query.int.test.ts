import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { orgWithMembers, unique } from "@/tests/factories";
import { getIncidentMetrics, metricsPeriodSchema } from "./query";

const at = (iso: string) => new Date(iso);
let number = 0;

async function incident(
  orgId: string,
  over: {
    severity?: "SEV1" | "SEV2";
    startedAt: Date;
    acknowledgedAt?: Date;
    resolvedAt?: Date;
    private?: boolean;
    serviceId?: string;
  },
) {
  const { serviceId, ...fields } = over;
  return db.incident.create({
    data: {
      orgId,
      number: ++number,
      title: "Checkout down",
      severity: "SEV2",
      ...fields,
      ...(serviceId ? { services: { create: [{ serviceId }] } } : {}),
    },
  });
}

describe("getIncidentMetrics", () => {
  it("measures the organization's own public incidents in the period", async () => {
    const { org, members } = await orgWithMembers(["admin", "viewer"]);
    const other = await orgWithMembers(["owner"]);
    const service = await createService(members.admin.ctx, {
      name: "Checkout",
      slug: unique("svc"),
      description: "",
      team: "",
      tier: 1,
      links: {},
    });
    await incident(org.id, {
      severity: "SEV1",
      startedAt: at("2026-10-05T10:00:00Z"),
      acknowledgedAt: at("2026-10-05T10:04:00Z"),
      resolvedAt: at("2026-10-05T11:00:00Z"),
      serviceId: service.id,
    });
    await incident(org.id, { startedAt: at("2026-10-06T10:00:00Z"), acknowledgedAt: at("2026-10-06T10:10:00Z") });
    await incident(org.id, {
      startedAt: at("2026-10-07T10:00:00Z"),
      private: true,
      acknowledgedAt: at("2026-10-07T10:01:00Z"),
    });
    await incident(org.id, { startedAt: at("2026-12-01T10:00:00Z") });
    await incident(other.org.id, { startedAt: at("2026-10-05T10:00:00Z") });

    const period = metricsPeriodSchema.parse({ from: "2026-10-01", to: "2026-11-01" });
    const m = await getIncidentMetrics(members.viewer.ctx, period);
    expect(m.overall.incidents).toBe(2);
    expect(m.overall.mtta).toEqual({ count: 2, meanSeconds: 420, medianSeconds: 420 });
    expect(m.bySeverity.SEV1.mttr.meanSeconds).toBe(3600);
    expect(m.byService.find((s) => s.service === "Checkout")?.incidents).toBe(1);
    expect(m.perWeek.reduce((sum, w) => sum + w.total, 0)).toBe(2);
  });
});

describe("metricsPeriodSchema", () => {
  it("defaults to the last 90 days and refuses backwards or over-long periods", () => {
    const p = metricsPeriodSchema.parse({});
    expect(Math.round((p.to.getTime() - p.from.getTime()) / 86_400_000)).toBe(90);
    expect(metricsPeriodSchema.safeParse({ from: "2026-02-01", to: "2026-01-01" }).error?.issues[0]?.message).toContain(
      "before",
    );
    expect(metricsPeriodSchema.safeParse({ from: "2024-01-01", to: "2026-01-01" }).error?.issues[0]?.message).toContain(
      "366 days",
    );
    expect(metricsPeriodSchema.safeParse({ from: "yesterday" }).success).toBe(false);
  });
});
