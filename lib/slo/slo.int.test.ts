import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as pushPoints } from "@/app/api/v1/slis/[id]/points/route";
import { GET as statusRoute } from "@/app/api/v1/slos/[id]/status/route";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/catalog";
import { createApiToken } from "@/lib/tokens/service";
import { orgWithMembers, unique } from "@/tests/factories";
import { countsFromBuckets } from "./core/counts";
import { allSloStatuses, getSloStatus, listSloStatuses } from "./status";
import { createSli, createSliSchema, deleteSli, getSli, ingestSliPoints, listSlis, updateSli } from "./slis";
import { sloListPageQuerySchema } from "./core/list";
import {
  createSlo,
  createSloSchema,
  deleteSlo,
  getSlo,
  listSlos,
  sloDefinition,
  sloListQuerySchema,
  updateSlo,
  updateSloSchema,
} from "./slos";
import { computeSloStatus } from "./core/status";
import type { MinuteBucket } from "./core/types";

const MIN = 60_000;
const HOUR = 60 * MIN;

async function setup() {
  const { org, members } = await orgWithMembers(["admin", "viewer"]);
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
  return { org, members, admin, service, sli };
}

const route = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
function request(url: string, secret: string, body?: unknown) {
  return new NextRequest(`http://vigil.test${url}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
const point = (ms: number, good: number, total: number) => ({ timestamp: new Date(ms).toISOString(), good, total });

describe("SLIs and SLOs: data access", () => {
  it("creates, lists, updates and deletes, with exact decimal targets and audit entries", async () => {
    const { org, admin, members, sli, service } = await setup();
    const slo = await createSlo(
      admin,
      createSloSchema.parse({ sliId: sli.id, name: "Availability 99.9", target: 99.9 }),
    );
    expect(slo).toMatchObject({
      target: "99.9",
      windowKind: "rolling",
      windowDays: 30,
      sliId: sli.id,
      serviceId: service.id,
    });
    const renamed = await updateSlo(admin, slo.id, { target: "99.95", name: "Availability" });
    expect(renamed).toMatchObject({ target: "99.95", version: 2 });
    const weekly = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: "Weekly",
        target: "99",
        windowKind: "calendar",
        calendarUnit: "week",
        timeZone: "Europe/Paris",
        minEvents: 50,
      }),
    );
    // A PATCH changes only what it names: no create-time defaults sneak in.
    expect(await updateSlo(admin, weekly.id, updateSloSchema.parse({ target: 99.5 }))).toMatchObject({
      target: "99.5",
      windowKind: "calendar",
      calendarUnit: "week",
      timeZone: "Europe/Paris",
      minEvents: 50,
    });
    const page = await listSlos(members.viewer.ctx, sloListQuerySchema.parse({ sort: "-name", limit: "1" }));
    expect(page).toMatchObject({ total: 2, limit: 1 });
    expect(page.data[0]?.name).toBe("Weekly");
    expect(
      (await listSlos(members.viewer.ctx, sloListQuerySchema.parse({ q: "avail" }))).data.map((s) => s.name),
    ).toEqual(["Availability"]);
    await expect(deleteSli(admin, sli.id)).rejects.toMatchObject({ status: 409 });
    await deleteSlo(admin, slo.id);
    await expect(getSlo(admin, slo.id)).rejects.toMatchObject({ status: 404 });
    const actions = (
      await db.auditLog.findMany({
        where: { orgId: org.id, entityType: { in: ["sli", "slo"] } },
        orderBy: { createdAt: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["sli.created", "slo.created", "slo.updated", "slo.created", "slo.updated", "slo.deleted"]);
  });

  it("rejects impossible window/method combinations with a message naming the field", () => {
    const r = createSloSchema.safeParse({
      sliId: "x",
      name: "n",
      target: "99.9",
      windowKind: "calendar",
      budgetingMethod: "timeslices",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["calendarUnit", "timesliceThreshold"]);
    expect(createSloSchema.safeParse({ sliId: "x", name: "n", target: "100.5" }).success).toBe(false);
    expect(createSloSchema.safeParse({ sliId: "x", name: "n", target: "0" }).success).toBe(false);
  });

  it("hides other organizations' SLIs and SLOs as not found and refuses viewers' changes", async () => {
    const a = await setup();
    const b = await orgWithMembers(["admin"]);
    await expect(getSli(b.members.admin.ctx, a.sli.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateSli(b.members.admin.ctx, a.sli.id, { name: "x" })).rejects.toMatchObject({ status: 404 });
    await expect(
      createSlo(b.members.admin.ctx, createSloSchema.parse({ sliId: a.sli.id, name: "x", target: "99" })),
    ).rejects.toMatchObject({ status: 422 });
    await expect(updateSli(a.members.viewer.ctx, a.sli.id, { name: "x" })).rejects.toMatchObject({ status: 403 });
    expect((await listSlis(b.members.admin.ctx, { sort: "name", limit: 50, offset: 0 })).total).toBe(0);
  });
});

describe("push ingestion", () => {
  it("writes all or nothing and names the bad point", async () => {
    const { admin, sli } = await setup();
    const t = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
    const err = await ingestSliPoints(admin, sli.id, [point(t, 9, 10), point(t + MIN, 11, 10)]).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ status: 422, details: [{ index: 1, path: "points[1].good" }] });
    expect(await db.sliPoint.count({ where: { sliId: sli.id } })).toBe(0);
  });

  it("replaces a minute sent again and keeps the rollups equal to the minutes", async () => {
    const { admin, sli } = await setup();
    const t = Math.floor(Date.now() / (24 * HOUR)) * 24 * HOUR - 24 * HOUR + 23 * HOUR + 58 * MIN;
    const batch = [point(t, 90, 100), point(t + MIN, 95, 100), point(t + 2 * MIN, 100, 100), point(t + 3 * MIN, 0, 0)];
    await ingestSliPoints(admin, sli.id, batch);
    await ingestSliPoints(admin, sli.id, batch);
    await ingestSliPoints(admin, sli.id, [{ ...point(t + 30_000, 50, 100) }]);
    const hours = await db.sliHour.findMany({ where: { sliId: sli.id }, orderBy: { hour: "asc" } });
    expect(hours.map((h) => [h.good, h.total, h.minutes])).toEqual([
      [145, 200, 2],
      [100, 100, 1],
    ]);
    const days = await db.sliDay.findMany({ where: { sliId: sli.id }, orderBy: { day: "asc" } });
    expect(days.map((d) => [d.good, d.total, d.minutes])).toEqual([
      [145, 200, 2],
      [100, 100, 1],
    ]);
    expect(await db.sliPoint.count({ where: { sliId: sli.id } })).toBe(4);
  });

  it("answers through HTTP: 200 with ingest scope, 403 without it, 404 for another organization's SLI, 422 for duplicates", async () => {
    const a = await setup();
    const b = await orgWithMembers(["admin"]);
    const ingest = (await createApiToken(a.admin, { name: "ingest", scopes: ["ingest"] })).secret;
    const read = (await createApiToken(a.admin, { name: "read", scopes: ["read"] })).secret;
    const other = (await createApiToken(b.members.admin.ctx, { name: "ingest", scopes: ["ingest"] })).secret;
    const t = Math.floor(Date.now() / MIN) * MIN - 10 * MIN;
    const url = `/api/v1/slis/${a.sli.id}/points`;
    const ok = await pushPoints(request(url, ingest, { points: [point(t, 1, 1)] }), route({ id: a.sli.id }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ accepted: 1 });
    expect((await pushPoints(request(url, read, { points: [point(t, 1, 1)] }), route({ id: a.sli.id }))).status).toBe(
      403,
    );
    expect((await pushPoints(request(url, other, { points: [point(t, 1, 1)] }), route({ id: a.sli.id }))).status).toBe(
      404,
    );
    const dup = await pushPoints(
      request(url, ingest, { points: [point(t, 1, 1), point(t + 1000, 1, 2)] }),
      route({ id: a.sli.id }),
    );
    expect(dup.status).toBe(422);
    expect(((await dup.json()) as { error: { message: string } }).error.message).toContain("points[1]");
    const tooMany = await pushPoints(
      request(url, ingest, { points: Array.from({ length: 10_001 }, (_, i) => point(t - i * MIN, 1, 1)) }),
      route({ id: a.sli.id }),
    );
    expect(tooMany.status).toBe(422);
  });
});

describe("status from rollups", () => {
  it("equals countsFromBuckets on the same minutes, now and as of a past moment", async () => {
    const { admin, sli, members } = await setup();
    const now = Date.now();
    const start = Math.floor(now / MIN) * MIN - 3 * 24 * HOUR - 17 * MIN;
    const buckets: MinuteBucket[] = [];
    for (let m = start, i = 0; m < now - MIN; m += MIN, i++) {
      if (i % 97 === 5) continue; // gaps: no data
      const total = 100 + (i % 7);
      buckets.push({ minute: m, good: total - (i % 13 === 0 ? 40 : i % 3), total });
    }
    for (let i = 0; i < buckets.length; i += 10_000) {
      await ingestSliPoints(
        admin,
        sli.id,
        buckets.slice(i, i + 10_000).map((b) => point(b.minute, b.good, b.total)),
        now,
      );
    }
    const occurrences = await createSlo(
      admin,
      createSloSchema.parse({ sliId: sli.id, name: "occ", target: "99", windowDays: 7, minEvents: 10 }),
    );
    const slices = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: "slices",
        target: "95",
        budgetingMethod: "timeslices",
        timesliceThreshold: "0.99",
      }),
    );
    const weekly = await createSlo(
      admin,
      createSloSchema.parse({
        sliId: sli.id,
        name: "weekly",
        target: "99.5",
        windowKind: "calendar",
        calendarUnit: "week",
        timeZone: "Europe/Paris",
      }),
    );
    for (const at of [now, start + 26 * HOUR + 31 * MIN + 10_000, start + 5 * MIN]) {
      for (const slo of [occurrences, slices, weekly]) {
        const def = sloDefinition(await db.slo.findUniqueOrThrow({ where: { id: slo.id } }));
        const expected = computeSloStatus(def, at, countsFromBuckets(buckets, def.method, def.timesliceThreshold));
        expect(await getSloStatus(members.viewer.ctx, slo.id, at)).toEqual(expected);
      }
    }
    const all = await allSloStatuses(members.viewer.ctx, now);
    expect(all.map((s) => s.slo.name)).toEqual(["occ", "slices", "weekly"]);
    const listed = await listSloStatuses(members.viewer.ctx, sloListPageQuerySchema.parse({ limit: "2" }), now);
    expect(listed.data.map((d) => d.status?.errorBudget)).toEqual(all.slice(0, 2).map((s) => s.status?.errorBudget));
  });

  it("serves the status JSON shape with ?at and rejects a bad at", async () => {
    const { admin, sli } = await setup();
    const slo = await createSlo(admin, createSloSchema.parse({ sliId: sli.id, name: "api", target: "99.9" }));
    const read = (await createApiToken(admin, { name: "read", scopes: ["read"] })).secret;
    const t = Math.floor(Date.now() / MIN) * MIN - 30 * MIN;
    await ingestSliPoints(admin, sli.id, [point(t, 999, 1000), point(t + MIN, 990, 1000)]);
    const res = await statusRoute(
      request(`/api/v1/slos/${slo.id}/status?at=${new Date(t + MIN).toISOString()}`, read),
      route({ id: slo.id }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        "target",
        "window",
        "attainment",
        "errorBudget",
        "burnRates",
        "alerts",
        "dataCoverage",
        "evaluatedAt",
      ]),
    );
    expect(body.attainment).toBe(0.999);
    expect(body.errorBudget).toMatchObject({ total: 1, consumed: 1, remaining: 0 });
    expect(body.evaluatedAt).toBe(new Date(t + MIN).toISOString());
    const bad = await statusRoute(request(`/api/v1/slos/${slo.id}/status?at=yesterday`, read), route({ id: slo.id }));
    expect(bad.status).toBe(400);
  });
});

describe("SLO list", () => {
  it("sorts by budget, attainment and burn (worst first), filters by state and service, and paginates", async () => {
    const { admin, service, members } = await setup();
    const other = await createService(admin, {
      name: "Search",
      slug: unique("svc"),
      description: "",
      team: "",
      tier: 2,
      links: {},
    });
    const now = Date.now();
    const lastHour = (good: number, total = 100) =>
      Array.from({ length: 60 }, (_, i) => point(now - (i + 1) * MIN - MIN, good, total));
    const sloOn = async (serviceId: string, name: string, target: string, points: ReturnType<typeof point>[]) => {
      const sli = await createSli(admin, createSliSchema.parse({ serviceId, name: unique(name) }));
      if (points.length) await ingestSliPoints(admin, sli.id, points, now);
      return createSlo(admin, createSloSchema.parse({ sliId: sli.id, name, target }));
    };
    // budget left: −49, −9, 0.2, ≈1, 1, none; attainment: 0.5, 0.999, 0.92, ≈1, 1, none; 1h burn: 50 (page), 10 (page), 0.8, 20 (page), 0, none.
    await sloOn(service.id, "all-good", "99", lastHour(100));
    await sloOn(service.id, "exhausted", "99", lastHour(50));
    await sloOn(service.id, "tight", "99.99", lastHour(999, 1000));
    await sloOn(service.id, "loose", "90", lastHour(92));
    // A burst of errors on top of a month's worth of good events: paging, budget mostly left.
    await sloOn(other.id, "burning", "99", [
      point(now - 10 * 24 * HOUR, 1_000_000_000, 1_000_000_000),
      ...lastHour(80),
    ]);
    await sloOn(other.id, "silent", "99", []);
    const list = async (q: Record<string, string>) =>
      (await listSloStatuses(members.viewer.ctx, sloListPageQuerySchema.parse(q), now)).data.map((d) => d.slo.name);
    expect(await list({ sort: "budget" })).toEqual(["exhausted", "tight", "loose", "burning", "all-good", "silent"]);
    expect(await list({ sort: "attainment" })).toEqual([
      "exhausted",
      "loose",
      "tight",
      "burning",
      "all-good",
      "silent",
    ]);
    expect(await list({ sort: "burn" })).toEqual(["exhausted", "burning", "tight", "loose", "all-good", "silent"]);
    expect(await list({ sort: "-name" })).toEqual(["tight", "silent", "loose", "exhausted", "burning", "all-good"]);
    for (const [state, names] of [
      ["ok", ["all-good", "loose"]],
      ["burning", ["burning"]],
      ["exhausted", ["exhausted", "tight"]],
      ["no-data", ["silent"]],
    ] as const) {
      expect(await list({ state })).toEqual(names);
    }
    expect(await list({ serviceId: other.id, sort: "budget" })).toEqual(["burning", "silent"]);
    expect(await list({ state: "exhausted", sort: "-name" })).toEqual(["tight", "exhausted"]);
    const page = await listSloStatuses(
      members.viewer.ctx,
      sloListPageQuerySchema.parse({ sort: "budget", limit: "2", offset: "4" }),
      now,
    );
    expect(page).toMatchObject({ total: 6, limit: 2, offset: 4 });
    expect(page.data.map((d) => d.slo.name)).toEqual(["all-good", "silent"]);
    expect(page.data[0]?.status?.errorBudget.remainingRatio).toBe(1);
  });
});
