import { describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/audit/service";
import { db } from "@/lib/db";
import { orgWithMembers } from "@/tests/factories";
import { declareIncident } from "./declare";
import { deleteRoleDefinition, listRoleDefinitions, saveRoleDefinition, saveSeverityDefinition } from "./definitions";
import { nudgeLongCommands, remindUpdatesDue } from "./reminders";
import { getIncidentSettings, saveIncidentSettings } from "./settings";
import { addNote, deleteNote, editNote } from "./notes";
import { getIncidentDetail, listIncidents, TIMELINE_PAGE, timelinePage } from "./queries";
import { changeRole } from "./role-assignments";
import { postStakeholderUpdate } from "./stakeholder-updates";
import { createTask, updateTask } from "./tasks";
import { updateIncident } from "./update";

describe("declaring", () => {
  it("numbers incidents per organization, makes the declarer commander, and records the timeline and audit", async () => {
    const { org, members } = await orgWithMembers(["responder"]);
    const first = await declareIncident(members.responder.ctx, { title: "Checkout down", severity: "SEV1" });
    const second = await declareIncident(members.responder.ctx, { title: "Slow search", severity: "SEV3" });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.nextUpdateDueAt!.getTime() - first.createdAt.getTime()).toBeGreaterThanOrEqual(20 * 60_000 - 1000);
    const detail = await getIncidentDetail(members.responder.ctx, String(first.number));
    expect(detail.roles).toMatchObject([{ roleKey: "commander", state: "active", userId: members.responder.userId }]);
    expect(detail.events.map((e) => e.kind)).toEqual(["declared", "role.assigned"]);
    expect(detail.severities.find((s) => s.severity === "SEV1")?.updateIntervalMinutes).toBe(20);
    expect(await db.auditLog.count({ where: { orgId: org.id, action: "incident.declared" } })).toBe(2);
    expect(await db.incidentRoleDefinition.count({ where: { orgId: org.id, builtIn: true } })).toBe(3);
  });

  it("refuses viewers, and shows nothing to another organization", async () => {
    const a = await orgWithMembers(["responder", "viewer"]);
    const b = await orgWithMembers(["owner"]);
    await expect(declareIncident(a.members.viewer.ctx, { title: "x", severity: "SEV2" })).rejects.toMatchObject({
      status: 403,
    });
    const incident = await declareIncident(a.members.responder.ctx, { title: "x", severity: "SEV2" });
    await expect(getIncidentDetail(b.members.owner.ctx, incident.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateIncident(b.members.owner.ctx, incident.id, 1, { title: "y" })).rejects.toMatchObject({
      status: 404,
    });
    expect(await listIncidents(b.members.owner.ctx)).toHaveLength(0);
  });
});

describe("private incidents", () => {
  it("are visible only to the members listed, everywhere else 404", async () => {
    const { members } = await orgWithMembers(["owner", "responder", "viewer"]);
    const incident = await declareIncident(members.responder.ctx, {
      title: "Credential leak",
      severity: "SEV1",
      private: true,
      memberIds: [members.viewer.userId],
    });
    expect((await listIncidents(members.viewer.ctx)).map((i) => i.id)).toEqual([incident.id]);
    expect(await listIncidents(members.owner.ctx)).toHaveLength(0);
    await expect(getIncidentDetail(members.owner.ctx, incident.id)).rejects.toMatchObject({ status: 404 });
    await expect(addNote(members.owner.ctx, incident.id, { body: "hi" })).rejects.toMatchObject({ status: 404 });
    const opened = await updateIncident(members.responder.ctx, incident.id, 1, { private: false });
    expect(opened.private).toBe(false);
    expect((await getIncidentDetail(members.owner.ctx, incident.id)).title).toBe("Credential leak");
  });
});

describe("concurrent edits", () => {
  it("accepts the first edit and refuses the second with the current values", async () => {
    const { members } = await orgWithMembers(["responder", "admin"]);
    const incident = await declareIncident(members.responder.ctx, { title: "Original", severity: "SEV2" });
    const updated = await updateIncident(members.responder.ctx, incident.id, 1, { title: "First edit" });
    expect(updated.version).toBe(2);
    const refused = updateIncident(members.admin.ctx, incident.id, 1, { title: "Second edit" });
    await expect(refused).rejects.toMatchObject({
      status: 409,
      details: { current: { title: "First edit", version: 2 } },
    });
    const both = await Promise.allSettled([
      updateIncident(members.responder.ctx, incident.id, 2, { severity: "SEV1" }),
      updateIncident(members.admin.ctx, incident.id, 2, { severity: "SEV3" }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.filter((r) => r.status === "rejected" && (r.reason as { status: number }).status === 409)).toHaveLength(
      1,
    );
  });

  it("stamps moments on status changes, records edits to them, and refuses them out of order", async () => {
    const { members } = await orgWithMembers(["responder"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Disk full", severity: "SEV2" });
    const resolved = await updateIncident(ctx, incident.id, 1, { status: "resolved" });
    expect([resolved.acknowledgedAt, resolved.mitigatedAt, resolved.resolvedAt].every((d) => d instanceof Date)).toBe(
      true,
    );
    expect(resolved.nextUpdateDueAt).toBeNull();
    const reopened = await updateIncident(ctx, incident.id, 2, { status: "investigating" });
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.acknowledgedAt).not.toBeNull();
    await expect(
      updateIncident(ctx, incident.id, 3, { acknowledgedAt: new Date(incident.startedAt.getTime() - 60_000) }),
    ).rejects.toMatchObject({ status: 422 });
    const started = new Date(incident.startedAt.getTime() - 10 * 60_000);
    const acknowledged = new Date(incident.startedAt.getTime() - 5 * 60_000);
    const edited = await updateIncident(ctx, incident.id, 3, { startedAt: started, acknowledgedAt: acknowledged });
    expect(edited.acknowledgedAt?.getTime()).toBe(acknowledged.getTime());
    const kinds = (await getIncidentDetail(ctx, incident.id)).events.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["status.changed", "moments.edited"]));
  });
});

describe("roles", () => {
  it("hands command over only on acceptance and keeps the full history", async () => {
    const { members } = await orgWithMembers(["responder", "admin", "owner"]);
    const incident = await declareIncident(members.responder.ctx, { title: "API errors", severity: "SEV1" });
    await changeRole(members.responder.ctx, incident.id, {
      action: "assign",
      roleKey: "commander",
      userId: members.admin.userId,
    });
    let roles = (await getIncidentDetail(members.admin.ctx, incident.id)).roles;
    expect(roles.filter((r) => r.state === "active").map((r) => r.userId)).toEqual([members.responder.userId]);
    const offer = roles.find((r) => r.state === "pending")!;
    await expect(
      changeRole(members.owner.ctx, incident.id, { action: "accept", assignmentId: offer.id }),
    ).rejects.toMatchObject({ status: 422 });
    await changeRole(members.admin.ctx, incident.id, { action: "accept", assignmentId: offer.id });
    const detail = await getIncidentDetail(members.admin.ctx, incident.id);
    roles = detail.roles;
    expect(roles.filter((r) => r.roleKey === "commander" && r.state === "active").map((r) => r.userId)).toEqual([
      members.admin.userId,
    ]);
    expect(roles.filter((r) => r.state === "ended").map((r) => r.userId)).toEqual([members.responder.userId]);
    expect(detail.events.find((e) => e.kind === "role.accepted")?.data).toEqual({
      roleKey: "commander",
      fromUserId: members.responder.userId,
      toUserId: members.admin.userId,
    });
    await expect(
      changeRole(members.admin.ctx, incident.id, {
        action: "release",
        roleKey: "commander",
        userId: members.admin.userId,
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe("roles under concurrency", () => {
  it("gives an empty commander role to exactly one of two people taking it at once", async () => {
    const { org, members } = await orgWithMembers(["responder", "admin", "owner"]);
    // Declared by automation, so nobody holds command yet.
    const token = {
      org,
      actor: { type: "token" as const, id: "t", label: "token:alerts", scopes: ["write" as const, "read" as const] },
    };
    for (let round = 0; round < 5; round++) {
      const incident = await declareIncident(token, { title: `Alert storm ${round}`, severity: "SEV2" });
      const results = await Promise.allSettled([
        changeRole(members.responder.ctx, incident.id, {
          action: "assign",
          roleKey: "commander",
          userId: members.responder.userId,
        }),
        changeRole(members.admin.ctx, incident.id, {
          action: "assign",
          roleKey: "commander",
          userId: members.admin.userId,
        }),
        changeRole(members.owner.ctx, incident.id, {
          action: "assign",
          roleKey: "operations",
          userId: members.owner.userId,
        }),
        changeRole(members.admin.ctx, incident.id, {
          action: "assign",
          roleKey: "operations",
          userId: members.admin.userId,
        }),
      ]);
      expect(results.every((r) => r.status === "fulfilled")).toBe(true);
      const roles = (await getIncidentDetail(members.admin.ctx, incident.id)).roles;
      expect(roles.filter((r) => r.roleKey === "commander" && r.state === "active")).toHaveLength(1);
      expect(roles.filter((r) => r.roleKey === "operations" && r.state === "active")).toHaveLength(1);
    }
  });

  it("lets only the holder, the commander or an admin take someone off a role", async () => {
    const { members } = await orgWithMembers(["responder", "admin", "owner"]);
    const incident = await declareIncident(members.owner.ctx, { title: "Cache stampede", severity: "SEV3" });
    await changeRole(members.owner.ctx, incident.id, {
      action: "assign",
      roleKey: "operations",
      userId: members.admin.userId,
    });
    await changeRole(members.owner.ctx, incident.id, {
      action: "assign",
      roleKey: "communications",
      userId: members.responder.userId,
    });
    await expect(
      changeRole(members.responder.ctx, incident.id, {
        action: "release",
        roleKey: "operations",
        userId: members.admin.userId,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await changeRole(members.responder.ctx, incident.id, {
      action: "release",
      roleKey: "communications",
      userId: members.responder.userId,
    });
    await changeRole(members.owner.ctx, incident.id, {
      action: "release",
      roleKey: "operations",
      userId: members.admin.userId,
    });
    const roles = (await getIncidentDetail(members.admin.ctx, incident.id)).roles;
    expect(roles.filter((r) => r.state === "active").map((r) => r.roleKey)).toEqual(["commander"]);
  });
});

describe("private incidents declared by automation", () => {
  it("need the members who may see them, or nobody ever could", async () => {
    const { org, members } = await orgWithMembers(["responder"]);
    const token = {
      org,
      actor: { type: "token" as const, id: "t", label: "token:siem", scopes: ["write" as const, "read" as const] },
    };
    await expect(
      declareIncident(token, { title: "Suspicious logins", severity: "SEV1", private: true }),
    ).rejects.toMatchObject({ status: 422 });
    const incident = await declareIncident(token, {
      title: "Suspicious logins",
      severity: "SEV1",
      private: true,
      memberIds: [members.responder.userId],
    });
    expect((await getIncidentDetail(members.responder.ctx, incident.id)).private).toBe(true);
  });
});

describe("private incidents in the audit log", () => {
  it("shows admins no trace of a private incident they are not on, and all of it once they are", async () => {
    const { members } = await orgWithMembers(["responder", "admin", "owner"]);
    const incident = await declareIncident(members.responder.ctx, {
      title: "Leaked credentials",
      severity: "SEV1",
      private: true,
      memberIds: [members.owner.userId],
    });
    const task = await createTask(members.responder.ctx, incident.id, { title: "Rotate the keys" });
    const traces = (entries: { entityId: string | null }[]) =>
      entries.filter((e) => e.entityId === incident.id || e.entityId === task.id).length;
    expect(traces((await listAuditLog(members.admin.ctx, { limit: 200 })).entries)).toBe(0);
    expect(traces((await listAuditLog(members.owner.ctx, { limit: 200 })).entries)).toBe(2);
  });
});

describe("tasks under concurrency", () => {
  it("lets only one of two edits made from the same version win", async () => {
    const { members } = await orgWithMembers(["responder", "admin"]);
    const incident = await declareIncident(members.responder.ctx, { title: "Disk full", severity: "SEV2" });
    const task = await createTask(members.responder.ctx, incident.id, { title: "Free space" });
    const results = await Promise.allSettled([
      updateTask(members.responder.ctx, incident.id, task.id, { version: task.version, title: "Free space on /var" }),
      updateTask(members.admin.ctx, incident.id, task.id, { version: task.version, title: "Free space on /data" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.status),
    ).toEqual([409]);
    const stored = await db.incidentTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored.version).toBe(task.version + 1);
  });
});

describe("a long timeline", () => {
  it("comes a page at a time, newest first, and pages back without gaps or repeats", async () => {
    const { org, members } = await orgWithMembers(["responder", "viewer"]);
    const incident = await declareIncident(members.responder.ctx, { title: "Long outage", severity: "SEV1" });
    const start = incident.startedAt.getTime() - 3_600_000;
    // Two events share each moment, so the order must fall back to the id.
    await db.timelineEvent.createMany({
      data: Array.from({ length: 2 * TIMELINE_PAGE + 10 }, (_, i) => ({
        orgId: org.id,
        incidentId: incident.id,
        kind: "note",
        occurredAt: new Date(start + Math.floor(i / 2) * 1000),
        actorType: "system" as const,
        actorLabel: "test",
        data: { body: `note ${i}` },
      })),
    });
    const detail = await getIncidentDetail(members.viewer.ctx, incident.id);
    expect(detail.events).toHaveLength(TIMELINE_PAGE);
    expect(detail.hasEarlierEvents).toBe(true);
    expect(detail.events.at(-1)?.kind).toBe("role.assigned");

    const seen = [...detail.events];
    for (;;) {
      const page = await timelinePage(members.viewer.ctx, String(incident.number), { beforeEventId: seen[0]!.id });
      seen.unshift(...page.events);
      if (!page.hasEarlier) break;
    }
    const bodies = seen.filter((e) => e.kind === "note").map((e) => (e.data as { body: string }).body);
    expect(bodies).toEqual(Array.from({ length: 2 * TIMELINE_PAGE + 10 }, (_, i) => `note ${i}`));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    await expect(
      timelinePage(members.viewer.ctx, incident.id, { beforeEventId: "12345678901234" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(timelinePage(members.viewer.ctx, incident.id, { beforeEventId: "not-an-id" })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("timeline, tasks and updates", () => {
  it("keeps every revision of an edited or deleted note", async () => {
    const { members } = await orgWithMembers(["responder"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Queue backlog", severity: "SEV3" });
    const at = new Date(incident.startedAt.getTime() - 10 * 60_000);
    const note = await addNote(ctx, incident.id, { body: "disk filled up", occurredAt: at, keyMoment: true });
    await editNote(ctx, incident.id, note.id, { body: "disk /var filled up" });
    let events = (await getIncidentDetail(ctx, incident.id)).events;
    expect(events[0]).toMatchObject({
      kind: "note",
      data: { body: "disk /var filled up" },
      keyMoment: true,
      edited: true,
    });
    expect(events[0]!.occurredAt.getTime()).toBe(at.getTime());
    await deleteNote(ctx, incident.id, note.id);
    events = (await getIncidentDetail(ctx, incident.id)).events;
    expect(events.some((e) => e.kind === "note")).toBe(false);
    const revisions = await db.timelineEventRevision.findMany({
      where: { eventId: BigInt(note.id) },
      orderBy: { id: "asc" },
    });
    expect(revisions.map((r) => [r.change, (r.data as { body: string }).body])).toEqual([
      ["edited", "disk filled up"],
      ["deleted", "disk /var filled up"],
    ]);
  });

  it("versions tasks and resets the update clock on a stakeholder update", async () => {
    const { members } = await orgWithMembers(["responder", "admin"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Login loop", severity: "SEV2" });
    const task = await createTask(ctx, incident.id, { title: "Roll back", assigneeId: members.admin.userId });
    const done = await updateTask(ctx, incident.id, task.id, { version: 1, done: true });
    expect(done.doneAt).not.toBeNull();
    await expect(updateTask(members.admin.ctx, incident.id, task.id, { version: 1, title: "x" })).rejects.toMatchObject(
      { status: 409 },
    );
    const update = await postStakeholderUpdate(ctx, incident.id, {
      visibility: "public",
      body: "We are rolling back.",
    });
    expect(update.status).toBe("investigating");
    const after = await getIncidentDetail(ctx, incident.id);
    expect(after.nextUpdateDueAt!.getTime()).toBe(update.createdAt.getTime() + 30 * 60_000);
    expect(after.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["task.created", "task.done", "update.posted"]),
    );
  });
});

describe("reminders", () => {
  it("nudges a commander once after three hours in the role, or after the organization's own hours", async () => {
    const { members } = await orgWithMembers(["responder", "admin"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Long night", severity: "SEV2" });
    const later = new Date(Date.now() + 3 * 3_600_000 + 1000);
    await nudgeLongCommands(new Date(Date.now() + 3_600_000));
    expect((await getIncidentDetail(ctx, incident.id)).events.some((e) => e.kind === "commander.nudged")).toBe(false);
    await nudgeLongCommands(later);
    await nudgeLongCommands(later);
    const detail = await getIncidentDetail(ctx, incident.id);
    expect(detail.events.filter((e) => e.kind === "commander.nudged")).toHaveLength(1);
    expect(detail.roles.find((r) => r.roleKey === "commander")?.nudgedAt).not.toBeNull();

    await saveIncidentSettings(members.admin.ctx, {
      ...(await getIncidentSettings(members.admin.ctx)),
      commanderNudgeHours: 1,
    });
    const short = await declareIncident(ctx, { title: "Short fuse", severity: "SEV2" });
    await nudgeLongCommands(new Date(Date.now() + 3_600_000 + 1000));
    expect((await getIncidentDetail(ctx, short.id)).events.filter((e) => e.kind === "commander.nudged")).toHaveLength(
      1,
    );
  });

  it("reminds the Communications Lead once per deadline, shortly before it", async () => {
    const { members } = await orgWithMembers(["responder", "admin"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Payments slow", severity: "SEV1" });
    await changeRole(ctx, incident.id, { action: "assign", roleKey: "communications", userId: members.admin.userId });
    const due = (await getIncidentDetail(ctx, incident.id)).nextUpdateDueAt!;
    const reminders = async () =>
      (await getIncidentDetail(ctx, incident.id)).events.filter((e) => e.kind === "update.reminder");

    await remindUpdatesDue(new Date(due.getTime() - 6 * 60_000));
    expect(await reminders()).toHaveLength(0);
    await Promise.all([
      remindUpdatesDue(new Date(due.getTime() - 4 * 60_000)),
      remindUpdatesDue(new Date(due.getTime() - 4 * 60_000)),
    ]);
    await remindUpdatesDue(new Date(due.getTime() + 60_000));
    expect((await reminders()).map((e) => e.data)).toEqual([
      { dueAt: due.toISOString(), userId: members.admin.userId, roleKey: "communications" },
    ]);

    // Posting an update restarts the clock: the next deadline gets its own reminder.
    await postStakeholderUpdate(members.admin.ctx, incident.id, {
      visibility: "public",
      body: "Investigating slow payments.",
    });
    const next = (await getIncidentDetail(ctx, incident.id)).nextUpdateDueAt!;
    await remindUpdatesDue(new Date(next.getTime() - 60_000));
    expect(await reminders()).toHaveLength(2);
  });
});

describe("organization definitions", () => {
  it("lets admins add roles with checklists and change update cadences; responders cannot", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    await expect(saveRoleDefinition(members.responder.ctx, { key: "scribe", name: "Scribe" })).rejects.toMatchObject({
      status: 403,
    });
    await saveRoleDefinition(members.admin.ctx, {
      key: "scribe",
      name: "Scribe",
      checklist: ["Keep the timeline current"],
    });
    await saveRoleDefinition(members.admin.ctx, { key: "commander", name: "Incident Commander", checklist: ["Lead"] });
    const roles = await listRoleDefinitions(members.responder.ctx);
    expect(roles.map((r) => r.key)).toEqual(["commander", "communications", "operations", "scribe"]);
    expect(roles[0]!.checklist).toEqual(["Lead"]);
    await expect(deleteRoleDefinition(members.admin.ctx, "commander")).rejects.toMatchObject({ status: 422 });
    await saveSeverityDefinition(members.admin.ctx, {
      severity: "SEV1",
      description: "Everything is on fire",
      updateIntervalMinutes: 15,
    });
    const incident = await declareIncident(members.responder.ctx, { title: "Fire", severity: "SEV1" });
    await changeRole(members.responder.ctx, incident.id, {
      action: "assign",
      roleKey: "scribe",
      userId: members.admin.userId,
    });
    const detail = await getIncidentDetail(members.responder.ctx, incident.id);
    expect(detail.nextUpdateDueAt!.getTime() - incident.createdAt.getTime()).toBeLessThanOrEqual(15 * 60_000 + 1000);
    expect(detail.roles.find((r) => r.roleKey === "scribe")?.state).toBe("active");
    await expect(
      changeRole(members.responder.ctx, incident.id, {
        action: "assign",
        roleKey: "nope",
        userId: members.admin.userId,
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
