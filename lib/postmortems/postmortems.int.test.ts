import { describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/access/context";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare";
import { updateIncident } from "@/lib/incidents/update";
import { createTarget } from "@/lib/notifications/targets";
import { createService } from "@/lib/services/catalog";
import { createSli, createSliSchema, ingestSliPoints } from "@/lib/slo/slis";
import { createSlo, createSloSchema } from "@/lib/slo/slos";
import { orgWithMembers, unique } from "@/tests/factories";
import { createActionItem, listActionItems, updateActionItem } from "./action-items";
import { createPostmortem } from "./draft";
import { addFactor, dismissFlag, saveSection, updateMeta } from "./editing";
import { listOverdue, recurringFactors, searchLibrary } from "./library";
import { getPostmortemDocument, listSectionVersions } from "./queries";
import { remindOverduePostmortems } from "./reminders";
import { decideReview, publishPostmortem, startRevision, submitForReview } from "./review";
import { savePostmortemSettings } from "./settings";
import { createShareLink, revokeShareLink, sharedDocument } from "./share";

const MIN = 60_000;

async function resolvedIncident(
  ctx: OrgContext,
  input: {
    title?: string;
    severity?: "SEV1" | "SEV2" | "SEV3";
    serviceIds?: string[];
    private?: boolean;
    memberIds?: string[];
  } = {},
) {
  const incident = await declareIncident(ctx, {
    title: input.title ?? "Checkout returns 500s",
    severity: input.severity ?? "SEV2",
    serviceIds: input.serviceIds ?? [],
    private: input.private ?? false,
    memberIds: input.memberIds ?? [],
  });
  const acknowledged = await updateIncident(ctx, incident.id, incident.version, { status: "identified" });
  await updateIncident(ctx, incident.id, acknowledged.version, { status: "resolved" });
  return incident;
}

async function setup() {
  const { org, members } = await orgWithMembers(["owner", "admin", "responder", "viewer"]);
  return { org, members, writer: members.responder.ctx, reviewer: members.admin.ctx };
}

describe("drafting from a resolved incident", () => {
  it("pre-fills facts, roles, SLO budget lost and the timeline; one per incident", async () => {
    const { org, members, writer } = await setup();
    const admin = members.admin.ctx;
    const service = await createService(admin, {
      name: "Checkout",
      slug: unique("checkout"),
      description: "",
      team: "payments",
      tier: 1,
      links: {},
    });
    const sli = await createSli(admin, createSliSchema.parse({ serviceId: service.id, name: unique("availability") }));
    await createSlo(
      admin,
      createSloSchema.parse({ sliId: sli.id, name: unique("checkout-availability"), target: "99" }),
    );
    // An hour of clean traffic, then ten minutes at 50 % errors while the incident is open.
    const now = Math.floor(Date.now() / MIN) * MIN;
    const points = Array.from({ length: 70 }, (_, i) => ({
      timestamp: new Date(now - (70 - i) * MIN).toISOString(),
      good: i >= 60 ? 50 : 100,
      total: 100,
    }));
    await ingestSliPoints(admin, sli.id, points);
    const incident = await declareIncident(writer, {
      title: "Checkout returns 500s",
      severity: "SEV1",
      serviceIds: [service.id],
      startedAt: new Date(now - 10 * MIN),
    });
    await expect(createPostmortem(writer, incident.id)).rejects.toMatchObject({ status: 422 });
    const v2 = await updateIncident(writer, incident.id, incident.version, { status: "monitoring" });
    await updateIncident(writer, incident.id, v2.version, { status: "resolved" });

    const pm = await createPostmortem(writer, String(incident.number));
    const doc = await getPostmortemDocument(writer, pm.id);
    expect(doc.status).toBe("draft");
    expect(doc.required).toBe(true);
    expect(doc.facts.services.map((s) => s.name)).toEqual(["Checkout"]);
    expect(doc.facts.roles).toMatchObject([
      { roleKey: "commander", roleName: "Incident Commander", name: `responder of ${org.slug}` },
    ]);
    expect(doc.facts.moments.acknowledgedAt).not.toBeNull();
    expect(doc.facts.durationMinutes).toBeGreaterThanOrEqual(10);
    const budget = doc.facts.slos[0]!;
    // 10 minutes × 50 bad of 7,000 events at 99 % is most of the 70-event budget: far more lost at the end than at the start.
    expect(budget.remainingAtStart).toBeGreaterThan(budget.remainingAtEnd!);
    expect(budget.lost).toBeGreaterThan(0.5);
    expect(doc.facts.keyMoments.map((m) => m.kind)).toEqual(["declared", "status.changed", "status.changed"]);
    expect(doc.sections.map((s) => s.key)).toContain("lessons");
    expect(doc.sections.find((s) => s.key === "timeline")!.body).toContain("Incident declared as SEV1");
    expect(doc.sections.find((s) => s.key === "impact")!.body).toContain("of the budget spent during the incident");
    expect(await db.postmortemSectionVersion.count({ where: { section: { postmortemId: pm.id } } })).toBe(
      doc.sections.length,
    );
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "postmortem.created", entityId: pm.id } })).toBe(
      1,
    );

    await expect(createPostmortem(writer, incident.id)).rejects.toMatchObject({ status: 409, details: { id: pm.id } });
  });
});

describe("concurrent editing", () => {
  it("refuses the second writer of a section with both versions, and keeps every version", async () => {
    const { writer, reviewer } = await setup();
    const pm = await createPostmortem(writer, (await resolvedIncident(writer)).id);
    const results = await Promise.allSettled([
      saveSection(writer, pm.id, "summary", { baseVersion: 1, body: "Writer one: the cache evicted hot keys." }),
      saveSection(reviewer, pm.id, "summary", { baseVersion: 1, body: "Writer two: a config push shrank the cache." }),
    ]);
    const saved = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = (saved[0] as PromiseFulfilledResult<{ body: string }>).value.body;
    expect(refused[0]!.reason).toMatchObject({
      status: 409,
      details: { section: "summary", baseVersion: 1, theirs: { version: 2, body: winner } },
    });
    const yours = (refused[0]!.reason as { details: { yours: string } }).details.yours;
    expect([winner, yours].sort()).toEqual([
      "Writer one: the cache evicted hot keys.",
      "Writer two: a config push shrank the cache.",
    ]);

    // The loser merges on top of version 2.
    await saveSection(reviewer, pm.id, "summary", { baseVersion: 2, body: `${winner} Merged.` });
    const versions = await listSectionVersions(writer, pm.id, "summary");
    expect(versions.versions.map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it("saves different sections written at the same time", async () => {
    const { writer, reviewer } = await setup();
    const pm = await createPostmortem(writer, (await resolvedIncident(writer)).id);
    const [a, b] = await Promise.all([
      saveSection(writer, pm.id, "trigger", { baseVersion: 1, body: "A config push." }),
      saveSection(reviewer, pm.id, "detection", { baseVersion: 1, body: "The checkout SLO alert paged." }),
    ]);
    expect([a.version, b.version]).toEqual([2, 2]);
    const doc = await getPostmortemDocument(writer, pm.id);
    expect(doc.sections.find((s) => s.key === "trigger")!.body).toBe("A config push.");
    expect(doc.sections.find((s) => s.key === "detection")!.body).toBe("The checkout SLO alert paged.");
    expect(doc.contentVersion).toBe(3);
  });
});

describe("permissions and tenancy", () => {
  it("lets viewers read but not write, and shows another organization nothing", async () => {
    const { members, writer } = await setup();
    const other = await orgWithMembers(["owner"]);
    const pm = await createPostmortem(writer, (await resolvedIncident(writer)).id);
    expect((await getPostmortemDocument(members.viewer.ctx, pm.id)).id).toBe(pm.id);
    await expect(
      saveSection(members.viewer.ctx, pm.id, "summary", { baseVersion: 1, body: "x" }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(getPostmortemDocument(other.members.owner.ctx, pm.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      saveSection(other.members.owner.ctx, pm.id, "summary", { baseVersion: 1, body: "x" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(createShareLink(other.members.owner.ctx, pm.id)).rejects.toMatchObject({ status: 404 });
    await expect(savePostmortemSettings(writer, { postPublicSummary: true })).rejects.toMatchObject({ status: 403 });
  });

  it("hides a private incident's post-mortem from people not on it and from tokens", async () => {
    const { org, members, writer } = await setup();
    const incident = await resolvedIncident(writer, { private: true, memberIds: [members.admin.userId] });
    const pm = await createPostmortem(writer, incident.id);
    expect((await getPostmortemDocument(members.admin.ctx, pm.id)).incident.private).toBe(true);
    await expect(getPostmortemDocument(members.owner.ctx, pm.id)).rejects.toMatchObject({ status: 404 });
    const token: OrgContext = { org, actor: { type: "token", id: "t", label: "token:ci", scopes: ["read", "write"] } };
    await expect(getPostmortemDocument(token, pm.id)).rejects.toMatchObject({ status: 404 });
    await expect(submitForReview(writer, pm.id, { reviewerIds: [members.owner.userId] })).rejects.toMatchObject({
      status: 422,
    });
    await expect(createShareLink(writer, pm.id)).rejects.toMatchObject({ status: 422 });
    expect((await listActionItems(members.owner.ctx)).total).toBe(0);
  });
});

describe("review, publication and the library", () => {
  it("publishes only once reviewed and blameless, freezes the content and posts the public summary", async () => {
    const { org, members, writer, reviewer } = await setup();
    await savePostmortemSettings(members.admin.ctx, { postPublicSummary: true });
    const incident = await resolvedIncident(writer, { title: "Search index corrupted", severity: "SEV2" });
    const pm = await createPostmortem(writer, incident.id);
    await saveSection(writer, pm.id, "summary", {
      baseVersion: 1,
      body: "A reindex job wrote partial shards; search returned empty results for 40 minutes.",
    });
    await saveSection(writer, pm.id, "trigger", {
      baseVersion: 1,
      body: "The on-call engineer should have known the job was unsafe. Human error.",
    });
    await addFactor(writer, pm.id, { category: "process", description: "No runbook for reindexing" });
    await updateMeta(writer, pm.id, {
      tags: ["search", "Data"],
      publicSummary: "Search returned no results for 40 minutes; fixed and safeguarded.",
    });

    await expect(publishPostmortem(writer, pm.id)).rejects.toMatchObject({ status: 422 });
    await submitForReview(writer, pm.id, { reviewerIds: [members.admin.userId] });
    await expect(decideReview(members.owner.ctx, pm.id, { decision: "approved" })).rejects.toMatchObject({
      status: 403,
    });
    await decideReview(reviewer, pm.id, { decision: "approved" });
    const refused = await publishPostmortem(writer, pm.id).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      status: 422,
      details: { blockers: ["2 blameless-language flags to fix or dismiss with a reason."] },
    });

    // One fixed, one kept with a reason; the fix changes the content, so the approval must be renewed.
    await saveSection(writer, pm.id, "trigger", {
      baseVersion: 2,
      body: "The runbook did not say the job was unsafe on a live index. Human error.",
    });
    await expect(
      dismissFlag(writer, pm.id, {
        sectionKey: "trigger",
        rule: "fault-word/careless",
        excerpt: "nope",
        reason: "Not there at all.",
      }),
    ).rejects.toMatchObject({ status: 422 });
    const flags = (
      (await publishPostmortem(writer, pm.id).catch((e: unknown) => e)) as {
        details: { flags: { rule: string; excerpt: string }[]; blockers: string[] };
      }
    ).details;
    expect(flags.blockers).toEqual([
      "1 reviewer has not approved the current version.",
      "1 blameless-language flag to fix or dismiss with a reason.",
    ]);
    await dismissFlag(writer, pm.id, {
      sectionKey: "trigger",
      rule: flags.flags[0]!.rule,
      excerpt: flags.flags[0]!.excerpt,
      reason: "Quoting the vendor's incident report verbatim.",
    });
    await decideReview(reviewer, pm.id, { decision: "approved" });
    const published = await publishPostmortem(writer, pm.id);
    expect(published).toEqual({ status: "published", revision: 1, publicSummaryPosted: true });
    expect(
      await db.stakeholderUpdate.findFirst({
        where: { incidentId: incident.id, visibility: "public" },
        select: { body: true },
      }),
    ).toEqual({ body: "Search returned no results for 40 minutes; fixed and safeguarded." });
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "postmortem.flag_dismissed" } })).toBe(1);

    await expect(saveSection(writer, pm.id, "summary", { baseVersion: 2, body: "changed" })).rejects.toMatchObject({
      status: 409,
    });
    const hits = await searchLibrary(members.viewer.ctx, { q: "shards" });
    expect(hits.map((h) => h.id)).toEqual([pm.id]);
    expect(hits[0]!.snippet).toContain("«shards»");
    expect(
      await searchLibrary(members.viewer.ctx, { q: "reindexing", category: "process", severity: "SEV2", tag: "data" }),
    ).toHaveLength(1);
    expect(await searchLibrary(members.viewer.ctx, { category: "capacity" })).toHaveLength(0);
    expect(await searchLibrary(members.viewer.ctx, { q: "kubernetes" })).toHaveLength(0);

    // A second revision needs a new review; the library keeps showing the published one meanwhile.
    const revised = await startRevision(writer, pm.id);
    expect(revised).toMatchObject({ status: "draft", revision: 2 });
    await submitForReview(writer, pm.id, { reviewerIds: [members.admin.userId] });
    await expect(publishPostmortem(writer, pm.id)).rejects.toMatchObject({
      status: 422,
      details: { blockers: ["1 reviewer has not approved the current version."] },
    });
    expect(await searchLibrary(members.viewer.ctx, { q: "shards" })).toHaveLength(1);
  });

  it("counts contributing factors that recur across published post-mortems", async () => {
    const { members, writer, reviewer } = await setup();
    for (const title of ["Queue backlog", "Queue backlog again"]) {
      const pm = await createPostmortem(writer, (await resolvedIncident(writer, { title, severity: "SEV3" })).id);
      await saveSection(writer, pm.id, "summary", { baseVersion: 1, body: `${title}: consumers fell behind.` });
      await addFactor(writer, pm.id, {
        category: "capacity",
        description: title.endsWith("again") ? "consumers do not autoscale " : "Consumers  do not autoscale",
      });
      await submitForReview(writer, pm.id, { reviewerIds: [members.admin.userId] });
      await decideReview(reviewer, pm.id, { decision: "approved" });
      await publishPostmortem(writer, pm.id);
    }
    const recurring = await recurringFactors(members.viewer.ctx);
    expect(recurring.categories).toEqual([{ category: "capacity", postmortems: 2, recurring: true }]);
    expect(recurring.repeated).toMatchObject([{ category: "capacity", postmortems: 2 }]);
  });
});

describe("action items", () => {
  it("keeps a post-mortem incomplete while high-priority items are open and closes it when all are done", async () => {
    const { members, writer, reviewer } = await setup();
    const service = await createService(members.admin.ctx, {
      name: "Search",
      slug: unique("search"),
      description: "",
      team: "discovery",
      tier: 2,
      links: {},
    });
    const pm = await createPostmortem(writer, (await resolvedIncident(writer, { serviceIds: [service.id] })).id);
    const high = await createActionItem(writer, pm.id, {
      title: "Add a reindex guard",
      type: "prevent",
      priority: "high",
      ownerId: members.responder.userId,
      serviceId: service.id,
      dueDate: "2020-01-01",
      trackerUrl: "https://tracker.example.com/SRCH-1",
    });
    const low = await createActionItem(writer, pm.id, { title: "Write the runbook", type: "process", priority: "low" });
    await expect(
      createActionItem(writer, pm.id, {
        title: "x",
        type: "prevent",
        priority: "high",
        trackerUrl: "javascript:alert(1)",
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
    expect(high.team).toBe("discovery");
    await saveSection(writer, pm.id, "summary", { baseVersion: 1, body: "Search was empty." });
    await submitForReview(writer, pm.id, { reviewerIds: [members.admin.userId] });
    await decideReview(reviewer, pm.id, { decision: "approved" });
    await publishPostmortem(writer, pm.id);
    expect((await getPostmortemDocument(writer, pm.id)).complete).toBe(false);

    const view = await listActionItems(members.viewer.ctx, { state: "overdue" });
    expect(view.groups).toMatchObject([{ team: "discovery", service: "Search", overdue: 1 }]);
    expect((await listActionItems(members.viewer.ctx)).total).toBe(2);

    await updateActionItem(writer, pm.id, high.id, { version: 1, status: "done" });
    await expect(updateActionItem(writer, pm.id, high.id, { version: 1, status: "open" })).rejects.toMatchObject({
      status: 409,
    });
    let doc = await getPostmortemDocument(writer, pm.id);
    expect([doc.complete, doc.status]).toEqual([true, "published"]);
    await updateActionItem(writer, pm.id, low.id, { version: 1, status: "done" });
    doc = await getPostmortemDocument(writer, pm.id);
    expect(doc.status).toBe("closed");
    await updateActionItem(writer, pm.id, low.id, { version: 2, status: "in_progress" });
    expect((await getPostmortemDocument(writer, pm.id)).status).toBe("published");
  });
});

describe("severity policy and sharing", () => {
  it("lists required post-mortems past due, by the organization's policy", async () => {
    const { org, members, writer } = await setup();
    const incident = await resolvedIncident(writer, { severity: "SEV1" });
    const minor = await resolvedIncident(writer, { severity: "SEV3" });
    await db.incident.updateMany({
      where: { id: { in: [incident.id, minor.id] } },
      data: { resolvedAt: new Date(Date.now() - 4 * 86_400_000) },
    });
    expect((await listOverdue(members.viewer.ctx)).map((i) => i.id)).toEqual([incident.id]);
    await savePostmortemSettings(members.admin.ctx, {
      policies: [{ severity: "SEV3", required: true, dueAmount: 1, dueUnit: "calendar_days" }],
    });
    expect((await listOverdue(members.viewer.ctx)).map((i) => i.id).sort()).toEqual([incident.id, minor.id].sort());
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "postmortem.settings_updated" } })).toBe(1);
  });

  it("sends a daily reminder per overdue post-mortem to the targets that want it, private ones unnamed", async () => {
    const { members, writer } = await setup();
    const { target } = await createTarget(members.admin.ctx, {
      name: "pm-hook",
      kind: "webhook",
      url: "http://127.0.0.1:9/hook",
      events: ["postmortem.overdue"],
    });
    const open = await resolvedIncident(writer, { title: "Payments timed out", severity: "SEV1" });
    const secret = await resolvedIncident(writer, {
      title: "Token leaked",
      severity: "SEV1",
      private: true,
      memberIds: [members.admin.userId],
    });
    await db.incident.updateMany({
      where: { id: { in: [open.id, secret.id] } },
      data: { resolvedAt: new Date(Date.now() - 5 * 86_400_000) },
    });
    expect(await remindOverduePostmortems()).toBeGreaterThanOrEqual(2);
    const jobs = await db.$queryRaw<
      { data: { targetId: string; message: { type: string; title: string; data: Record<string, unknown> } } }[]
    >`SELECT data FROM pgboss.job WHERE name = 'notifications' AND data->>'targetId' = ${target.id}`;
    const titles = jobs.map((j) => j.data.message.title).sort();
    expect(titles).toEqual(["A private incident changed", `INC-${open.number} post-mortem overdue`]);
    expect(jobs.every((j) => j.data.message.type === "postmortem.overdue")).toBe(true);
  });

  it("opens one post-mortem by a share link until it is revoked", async () => {
    const { writer } = await setup();
    const pm = await createPostmortem(writer, (await resolvedIncident(writer)).id);
    const link = await createShareLink(writer, pm.id);
    expect(link.token).toMatch(/^pms_/);
    expect(await db.postmortemShareLink.count({ where: { tokenHash: link.token } })).toBe(0);
    expect((await sharedDocument(link.token)).doc.id).toBe(pm.id);
    await revokeShareLink(writer, pm.id, link.id);
    await expect(sharedDocument(link.token)).rejects.toMatchObject({ status: 404 });
    await expect(sharedDocument("pms_unknown")).rejects.toMatchObject({ status: 404 });
  });
});
