import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/openslo/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/service";
import { runOpenSloCommand } from "@/scripts/cli/openslo";
import { orgWithMembers } from "@/tests/factories";
import { SPEC_EXAMPLE } from "./fixtures.test-data";
import { upsertSliPoints } from "../slis";
import { applyOpenSloYaml, exportOpenSloYaml, planOpenSloYaml } from "./service";

const names = (entries: { kind: string; name: string }[]) => entries.map((e) => `${e.kind}/${e.name}`).sort();
const ALL = ["SLI/great-sli", "SLI/latency-push", "SLO/availability", "SLO/latency-month", "Service/my-rad-service"];

describe("OpenSLO apply, plan and export against PostgreSQL", () => {
  it("applies a file in one go, marks objects managed, audits, and is idempotent", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const dry = await planOpenSloYaml(members.admin.ctx, SPEC_EXAMPLE);
    expect(names(dry.created)).toEqual(ALL);
    expect(await db.sli.count({ where: { orgId: org.id } })).toBe(0);

    const applied = await applyOpenSloYaml(members.admin.ctx, SPEC_EXAMPLE);
    expect(names(applied.created)).toEqual(ALL);
    const slo = await db.slo.findFirstOrThrow({
      where: { orgId: org.id, name: "availability" },
      include: { sli: true },
    });
    expect(slo.target.toString()).toBe("99.9");
    expect(slo).toMatchObject({
      managedBy: "openslo",
      windowKind: "rolling",
      windowDays: 28,
      budgetingMethod: "occurrences",
    });
    expect(slo.alertConditions).toEqual([
      { id: "cpu-usage-breach", severity: "page", factor: 14.4, longWindowMinutes: 60, shortWindowMinutes: 5 },
    ]);
    expect(slo.sli).toMatchObject({
      source: "prometheus",
      managedBy: "openslo",
      goodQuery: 'sum(rate(http_requests_total{code!~"5.."}[1m]))',
    });
    const month = await db.slo.findFirstOrThrow({ where: { orgId: org.id, name: "latency-month" } });
    expect(month).toMatchObject({
      windowKind: "calendar",
      calendarUnit: "month",
      timeZone: "Europe/Berlin",
      budgetingMethod: "timeslices",
    });
    expect(month.timesliceThreshold?.toString()).toBe("0.95");
    const actions = (await db.auditLog.findMany({ where: { orgId: org.id } })).map((a) => a.action);
    expect(actions).toContain("openslo.applied");
    expect(actions.filter((a) => a === "slo.applied_from_openslo")).toHaveLength(2);

    const again = await applyOpenSloYaml(members.admin.ctx, SPEC_EXAMPLE);
    expect(names(again.unchanged)).toEqual(ALL);
    expect(again.created.length + again.updated.length + again.deleted.length).toBe(0);
  });

  it("updates changed fields and deletes managed SLOs that left the file, never unmanaged ones", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    await applyOpenSloYaml(members.admin.ctx, SPEC_EXAMPLE);
    const manual = await db.sli.findFirstOrThrow({ where: { orgId: org.id, name: "great-sli" } });
    await db.slo.create({ data: { orgId: org.id, sliId: manual.id, name: "made-in-ui", target: "99" } });

    await db.sli.update({ where: { id: manual.id }, data: { polledUntil: new Date() } });

    const withoutLatency = SPEC_EXAMPLE.slice(0, SPEC_EXAMPLE.lastIndexOf("---"))
      .replace("target: 0.999", "target: 0.995")
      .replace("sum(rate(http_requests_total[1m]))", "sum(rate(http_requests_total[2m]))");
    const plan = await applyOpenSloYaml(members.admin.ctx, withoutLatency);
    expect(plan.updated).toEqual([
      { kind: "SLI", name: "great-sli", changes: ["totalQuery"] },
      { kind: "SLO", name: "availability", changes: ["target"] },
    ]);
    // New queries: the poller backfills the window again.
    expect((await db.sli.findUniqueOrThrow({ where: { id: manual.id } })).polledUntil).toBeNull();
    expect(names(plan.deleted)).toEqual(["SLI/latency-push", "SLO/latency-month"]);
    const left = await db.slo.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } });
    expect(left.map((s) => [s.name, s.target.toString(), s.version])).toEqual([
      ["availability", "99.5", 2],
      ["made-in-ui", "99", 1],
    ]);
  });

  it("round-trips: export → apply --dry-run shows everything unchanged", async () => {
    const { members } = await orgWithMembers(["admin"]);
    await applyOpenSloYaml(members.admin.ctx, SPEC_EXAMPLE);
    const yaml = await exportOpenSloYaml(members.admin.ctx);
    const plan = await planOpenSloYaml(members.admin.ctx, yaml);
    expect(names(plan.unchanged)).toEqual(ALL);
  });

  it("refuses viewers, rolls back on errors, and never touches another organization", async () => {
    const a = await orgWithMembers(["admin", "viewer"]);
    const b = await orgWithMembers(["admin"]);
    await applyOpenSloYaml(b.members.admin.ctx, SPEC_EXAMPLE);
    await expect(applyOpenSloYaml(a.members.viewer.ctx, SPEC_EXAMPLE)).rejects.toMatchObject({ status: 403 });
    const plan = await planOpenSloYaml(a.members.admin.ctx, SPEC_EXAMPLE);
    expect(names(plan.created)).toEqual(ALL);
    expect(await exportOpenSloYaml(a.members.viewer.ctx)).not.toContain("my-rad-service");
    const broken = SPEC_EXAMPLE.replace("service: my-rad-service\n  indicatorRef", "service: nowhere\n  indicatorRef");
    await expect(applyOpenSloYaml(a.members.admin.ctx, broken)).rejects.toMatchObject({
      status: 422,
      details: [expect.objectContaining({ path: "spec.service" })],
    });
    expect(await db.service.count({ where: { orgId: a.org.id } })).toBe(0);
  });
});

const TEAM_B = `apiVersion: openslo/v1
kind: SLO
metadata: { name: b-availability }
spec:
  service: my-rad-service
  indicator:
    metadata: { name: b-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Vigil } }
        total: { metricSource: { type: Vigil } }
  timeWindow: [{ duration: 7d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`;
const ONLY_SERVICE = SPEC_EXAMPLE.slice(0, SPEC_EXAMPLE.indexOf("---"));

describe("OpenSLO sources", () => {
  it("prunes only the applying source: one team's repository never deletes another's SLOs", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const admin = members.admin.ctx;
    expect((await applyOpenSloYaml(admin, SPEC_EXAMPLE, { source: "team-a" })).source).toBe("team-a");
    await applyOpenSloYaml(admin, `${ONLY_SERVICE}---\n${TEAM_B}`, { source: "team-b" });
    const sources = async () =>
      (await db.slo.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } })).map((s) => [
        s.name,
        s.managedSource,
      ]);
    expect(await sources()).toEqual([
      ["availability", "team-a"],
      ["b-availability", "team-b"],
      ["latency-month", "team-a"],
    ]);
    // team-b's file no longer has its SLO: only team-b's objects go.
    const plan = await applyOpenSloYaml(admin, ONLY_SERVICE, { source: "team-b" });
    expect(names(plan.deleted)).toEqual(["SLI/b-requests", "SLO/b-availability"]);
    expect(await sources()).toEqual([
      ["availability", "team-a"],
      ["latency-month", "team-a"],
    ]);
    // The default source has nothing, so an empty default apply deletes nothing either.
    expect((await applyOpenSloYaml(admin, ONLY_SERVICE)).deleted).toEqual([]);
  });

  it("refuses another source's objects with 409 unless adopting, and reads the source from the file", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const admin = members.admin.ctx;
    await applyOpenSloYaml(admin, SPEC_EXAMPLE, { source: "team-a" });
    const refused = await applyOpenSloYaml(admin, SPEC_EXAMPLE, { source: "team-b" }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      status: 409,
      details: expect.arrayContaining([
        { document: "SLO/availability", path: "metadata.name", message: expect.stringMatching(/source "team-a"/) },
      ]),
    });
    const annotated = SPEC_EXAMPLE.replace(
      "  name: availability\n",
      "  name: availability\n  annotations: { vigil.dev/source: team-b }\n",
    );
    await expect(planOpenSloYaml(admin, annotated)).rejects.toMatchObject({ status: 409 });
    await expect(planOpenSloYaml(admin, annotated, { source: "team-a" })).rejects.toMatchObject({
      status: 422,
      details: [expect.objectContaining({ path: "metadata.annotations.vigil.dev/source" })],
    });
    const adopted = await applyOpenSloYaml(admin, annotated, { adopt: true });
    expect(adopted.source).toBe("team-b");
    expect(names(adopted.updated)).toEqual([
      "SLI/great-sli",
      "SLI/latency-push",
      "SLO/availability",
      "SLO/latency-month",
    ]);
    expect(await db.slo.count({ where: { orgId: org.id, managedSource: "team-b" } })).toBe(2);
  });

  it("exports one source with its annotation, which applies back unchanged", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const admin = members.admin.ctx;
    await applyOpenSloYaml(admin, SPEC_EXAMPLE, { source: "team-a" });
    await applyOpenSloYaml(admin, `${ONLY_SERVICE}---\n${TEAM_B}`, { source: "team-b" });
    const yaml = await exportOpenSloYaml(admin, { source: "team-b" });
    expect(yaml).toContain("vigil.dev/source: team-b");
    expect(yaml).not.toContain("latency-month");
    const plan = await planOpenSloYaml(admin, yaml);
    expect(plan.source).toBe("team-b");
    expect(names(plan.unchanged)).toEqual(["SLI/b-requests", "SLO/b-availability", "Service/my-rad-service"]);
  });

  it("rebuilds a timeslices SLO's rollups when the file changes its threshold", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const admin = members.admin.ctx;
    await applyOpenSloYaml(admin, SPEC_EXAMPLE);
    const slo = await db.slo.findFirstOrThrow({ where: { orgId: org.id, name: "latency-month" } });
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const points = Array.from({ length: 120 }, (_, i) => ({
      minute: new Date(now - (i + 1) * 60_000),
      good: 96,
      total: 100,
    }));
    await upsertSliPoints(slo.sliId, points);
    const badMinutes = async () =>
      (await db.sloSliceHour.aggregate({ where: { sloId: slo.id }, _sum: { badMinutes: true } }))._sum.badMinutes ?? 0;
    expect(await badMinutes()).toBe(0);
    await applyOpenSloYaml(admin, SPEC_EXAMPLE.replace("timeSliceTarget: 0.95", "timeSliceTarget: 0.97"));
    expect(await badMinutes()).toBe(120);
  });
});

describe("POST/GET /api/v1/openslo", () => {
  const request = (url: string, init: { method?: string; headers: Record<string, string>; body?: string }) =>
    new NextRequest(new URL(url, "http://vigil.test"), init);
  const noParams = { params: Promise.resolve({}) };

  it("answers 422 with document, path and message, dry-runs, applies and exports", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { secret } = await createApiToken(members.admin.ctx, { name: "git", scopes: ["read", "write"] });
    const auth = { authorization: `Bearer ${secret}` };

    const bad = await POST(
      request("/api/v1/openslo", {
        method: "POST",
        headers: { ...auth, "content-type": "application/yaml" },
        body: SPEC_EXAMPLE.replace("timeSliceWindow: 1m", "timeSliceWindow: 5m"),
      }),
      noParams,
    );
    expect(bad.status).toBe(422);
    const error = (await bad.json()) as { error: { details: unknown[] } };
    expect(error.error.details).toEqual([
      {
        document: "#6 SLO/latency-month",
        path: "spec.objectives[0].timeSliceWindow",
        message: expect.stringMatching(/one minute/),
      },
    ]);

    const dry = await POST(
      request("/api/v1/openslo?dryRun=true", {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ yaml: SPEC_EXAMPLE }),
      }),
      noParams,
    );
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({
      dryRun: true,
      plan: { created: expect.arrayContaining([{ kind: "SLO", name: "availability" }]) },
    });

    const applied = await POST(
      request("/api/v1/openslo", {
        method: "POST",
        headers: { ...auth, "content-type": "text/plain" },
        body: SPEC_EXAMPLE,
      }),
      noParams,
    );
    expect(((await applied.json()) as { plan: { created: unknown[] } }).plan.created).toHaveLength(5);

    const exported = await GET(request("/api/v1/openslo", { headers: auth }), noParams);
    expect(exported.headers.get("content-type")).toContain("application/yaml");
    expect(await exported.text()).toContain("kind: SLO");

    const conflicted = await POST(
      request("/api/v1/openslo?source=team-b&dryRun=true", {
        method: "POST",
        headers: { ...auth, "content-type": "text/plain" },
        body: SPEC_EXAMPLE,
      }),
      noParams,
    );
    expect(conflicted.status).toBe(409);
    expect(
      ((await conflicted.json()) as { error: { details: { document: string }[] } }).error.details.map(
        (d) => d.document,
      ),
    ).toContain("SLO/availability");
    const badSource = await POST(
      request("/api/v1/openslo?source=..%2Fx", {
        method: "POST",
        headers: { ...auth, "content-type": "text/plain" },
        body: SPEC_EXAMPLE,
      }),
      noParams,
    );
    expect(badSource.status).toBe(422);
    expect(
      await (await GET(request("/api/v1/openslo?source=team-b", { headers: auth }), noParams)).text(),
    ).not.toContain("kind: SLO");

    const wrongType = await POST(
      request("/api/v1/openslo", {
        method: "POST",
        headers: { ...auth, "content-type": "application/xml" },
        body: "<x/>",
      }),
      noParams,
    );
    expect(wrongType.status).toBe(415);
  });
});

describe("vigil apply / diff / export against a served route handler", () => {
  let server: Server;
  let url = "";
  beforeAll(async () => {
    // A real HTTP server in front of the route handlers, so the CLI does real requests.
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const nextReq = new NextRequest(new URL(req.url ?? "/", url), {
        method: req.method,
        headers,
        ...(req.method === "POST" ? { body: Buffer.concat(chunks).toString() } : {}),
      });
      const response = await (req.method === "POST" ? POST : GET)(nextReq, { params: Promise.resolve({}) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(await response.text());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("prints the plan for apply --dry-run, applies, exports, and fails with the paths of errors", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const { secret } = await createApiToken(members.admin.ctx, { name: "cli", scopes: ["read", "write"] });
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-openslo-"));
    const file = path.join(dir, "slos.yaml");
    writeFileSync(file, SPEC_EXAMPLE);
    const lines: string[] = [];
    const errors: string[] = [];
    const io = {
      out: (l: string) => lines.push(l),
      err: (l: string) => errors.push(l),
      env: { VIGIL_URL: url, VIGIL_TOKEN: secret },
    };

    expect(await runOpenSloCommand("apply", ["-f", file, "--dry-run"], io)).toBe(0);
    expect(lines).toContain("  + SLO availability");
    expect(lines.at(-1)).toBe(
      'Plan (nothing applied) to source "default": 5 created, 0 updated, 0 unchanged, 0 deleted.',
    );
    expect(await db.slo.count({ where: { orgId: org.id } })).toBe(0);

    expect(await runOpenSloCommand("apply", ["-f", file, "--source", "team-a"], io)).toBe(0);
    expect(lines.at(-1)).toBe('Applied to source "team-a": 5 created, 0 updated, 0 unchanged, 0 deleted.');
    expect(await runOpenSloCommand("diff", ["-f", file, "--source", "team-a"], io)).toBe(0);
    expect(lines.at(-1)).toBe(
      'Plan (nothing applied) to source "team-a": 0 created, 0 updated, 5 unchanged, 0 deleted.',
    );
    expect(await runOpenSloCommand("diff", ["-f", file], io)).toBe(1);
    expect(errors.some((l) => l.includes("Vigil answered 409"))).toBe(true);
    expect(await runOpenSloCommand("apply", ["-f", file, "--adopt"], io)).toBe(0);
    expect(lines.at(-1)).toBe('Applied to source "default": 0 created, 4 updated, 1 unchanged, 0 deleted.');

    const out = path.join(dir, "export.yaml");
    expect(await runOpenSloCommand("export", ["-o", out, "--source", "default"], io)).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("indicatorRef: great-sli");
    expect(readFileSync(out, "utf8")).toContain("vigil.dev/source: default");

    writeFileSync(file, SPEC_EXAMPLE.replace("budgetingMethod: Occurrences", "budgetingMethod: RatioTimeslices"));
    expect(await runOpenSloCommand("apply", ["-f", file], io)).toBe(1);
    expect(errors.some((l) => l.includes("#5 SLO/availability spec.budgetingMethod"))).toBe(true);
    expect(await runOpenSloCommand("export", [], { ...io, env: { VIGIL_URL: url } })).toBe(2);
  });
});
