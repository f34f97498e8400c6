import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { orgWithMembers, unique } from "@/tests/factories";
import { alertmanagerPayloadSchema } from "./core/alertmanager";
import { ingestAlerts } from "./ingest";
import { createInboundIntegration } from "./integrations";
import { fromAlertmanager } from "./core/normalize";
import { receiveWebhook } from "./receive";
import { signWebhook } from "./core/webhook";

const payload = (status: "firing" | "resolved", fingerprint = unique("fp"), groupKey = unique("group")) =>
  fromAlertmanager(
    alertmanagerPayloadSchema.parse({
      version: "4",
      groupKey,
      status,
      receiver: "vigil",
      alerts: [
        {
          status,
          labels: { alertname: "DiskFull", severity: "warning" },
          annotations: {},
          startsAt: "2026-11-23T10:00:00Z",
          endsAt: status === "resolved" ? "2026-11-23T10:20:00Z" : "0001-01-01T00:00:00Z",
          generatorURL: "",
          fingerprint,
        },
      ],
    }),
  );

describe("ingestAlerts", () => {
  it("declares exactly once under concurrent duplicate deliveries", async () => {
    const { org, members } = await orgWithMembers(["responder"]);
    const alerts = payload("firing");
    const results = await Promise.all(Array.from({ length: 6 }, () => ingestAlerts(members.responder.ctx, alerts)));
    expect(results.reduce((n, r) => n + r.outcomes.declared, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.outcomes.duplicate, 0)).toBe(5);
    const incidents = await db.incident.findMany({ where: { orgId: org.id } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ severity: "SEV3", title: "DiskFull", source: "alertmanager" });
    expect(await db.externalAlert.count({ where: { orgId: org.id } })).toBe(1);
  });

  it("records a resolution once on the timeline and leaves the incident open", async () => {
    const { org, members } = await orgWithMembers(["responder"]);
    const fingerprint = unique("fp");
    const group = unique("group");
    const [declared] = (await ingestAlerts(members.responder.ctx, payload("firing", fingerprint, group))).incidentIds;
    await Promise.all([
      ingestAlerts(members.responder.ctx, payload("resolved", fingerprint, group)),
      ingestAlerts(members.responder.ctx, payload("resolved", fingerprint, group)),
    ]);
    expect(await db.timelineEvent.count({ where: { incidentId: declared!, kind: "alert.resolved" } })).toBe(1);
    expect((await db.incident.findUniqueOrThrow({ where: { id: declared! } })).status).toBe("investigating");
    expect(await db.externalAlert.findFirst({ where: { orgId: org.id } })).toMatchObject({ status: "resolved" });
  });

  it("declares a new incident when the group's incident was resolved", async () => {
    const { org, members } = await orgWithMembers(["responder"]);
    const group = unique("group");
    const [first] = (await ingestAlerts(members.responder.ctx, payload("firing", unique("fp"), group))).incidentIds;
    await db.incident.update({ where: { id: first! }, data: { status: "resolved", resolvedAt: new Date() } });
    const [second] = (await ingestAlerts(members.responder.ctx, payload("firing", unique("fp"), group))).incidentIds;
    expect(second).not.toBe(first);
    expect(await db.incident.count({ where: { orgId: org.id } })).toBe(2);
  });

  it("refuses viewers", async () => {
    const { members } = await orgWithMembers(["viewer"]);
    await expect(ingestAlerts(members.viewer.ctx, payload("firing"))).rejects.toMatchObject({ status: 403 });
  });
});

describe("receiveWebhook", () => {
  it("accepts a signed delivery once, refuses its replay, and resolves by dedupKey", async () => {
    const { org, members } = await orgWithMembers(["admin"]);
    const { integration, secret } = await createInboundIntegration(members.admin.ctx, { name: "uptime" });
    const firing = JSON.stringify({ title: "Homepage down", severity: "SEV2", status: "firing", dedupKey: "home" });
    const headers = signWebhook(secret, "msg_1", new Date(), firing);
    const result = await receiveWebhook(integration.id, firing, headers);
    expect(result.outcomes.declared).toBe(1);
    await expect(receiveWebhook(integration.id, firing, headers)).rejects.toMatchObject({ status: 409 });

    const resolved = JSON.stringify({ title: "Homepage down", status: "resolved", dedupKey: "home" });
    await receiveWebhook(integration.id, resolved, signWebhook(secret, "msg_2", new Date(), resolved));
    const incident = await db.incident.findFirstOrThrow({ where: { orgId: org.id } });
    expect(incident).toMatchObject({ title: "Homepage down", severity: "SEV2", source: "webhook" });
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id, kind: "alert.resolved" } })).toBe(1);
    const [event] = await db.timelineEvent.findMany({ where: { incidentId: incident.id, kind: "alert.fired" } });
    expect(event?.actorLabel).toBe("webhook:uptime");
  });

  it("refuses stale timestamps, bad signatures, invalid bodies and unknown integrations", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { integration, secret } = await createInboundIntegration(members.admin.ctx, { name: "x" });
    const body = JSON.stringify({ title: "t", status: "firing" });
    await expect(
      receiveWebhook(integration.id, body, signWebhook(secret, "m1", new Date(Date.now() - 10 * 60_000), body)),
    ).rejects.toMatchObject({ status: 401 });
    await expect(
      receiveWebhook(integration.id, body, {
        ...signWebhook(secret, "m2", new Date(), body),
        "webhook-signature": "v1,AAAA",
      }),
    ).rejects.toMatchObject({ status: 401 });
    const invalid = JSON.stringify({ status: "firing" });
    await expect(
      receiveWebhook(integration.id, invalid, signWebhook(secret, "m3", new Date(), invalid)),
    ).rejects.toMatchObject({ status: 422 });
    await expect(receiveWebhook(integration.id, "{", signWebhook(secret, "m4", new Date(), "{"))).rejects.toMatchObject(
      { status: 400 },
    );
    await expect(receiveWebhook("nope", body, signWebhook(secret, "m5", new Date(), body))).rejects.toMatchObject({
      status: 404,
    });
  });
});
