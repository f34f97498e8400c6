import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { declareIncident } from "@/lib/incidents/declare";
import { listening } from "@/lib/realtime/changes";
import { orgWithMembers, unique } from "@/tests/factories";
import { publicGet, publishedPage, waitFor } from "@/tests/statuspage";
import { publicPageCache } from "./public-cache";

// Everything in this file reaches PostgreSQL through a TCP proxy the test can cut, as a dead
// database would be; `direct` bypasses it, like another part of the system still writing.
const { proxy, realUrl } = await vi.hoisted(async () => {
  const { startTcpProxy } = await import("@/tests/tcp-proxy");
  const realUrl = process.env.DATABASE_URL!;
  const url = new URL(realUrl);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  process.env.DATABASE_URL = url.toString();
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1000";
  return { proxy, realUrl };
});
const direct = new PrismaClient({ adapter: new PrismaPg({ connectionString: realUrl }) });

afterAll(async () => {
  await direct.$disconnect();
  await proxy.close();
});

describe("with the database down", () => {
  it("keeps serving the last good snapshot, answers cold pages 503, and catches up after reconnecting", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const { page, api } = await publishedPage(members.admin.ctx);
    const other = await publishedPage(members.admin.ctx);
    const incident = await declareIncident(members.responder.ctx, {
      title: "Queue backlog",
      severity: "SEV3",
      serviceIds: [api.id],
    });
    const before = await publicGet(page.slug);
    expect(before.status).toBe(200);
    await listening();

    await proxy.cut();
    publicPageCache().invalidateAll(); // a refresh is attempted, and fails
    await publicPageCache().settled();
    for (const path of ["", "api/v2/summary.json", "history.atom"]) {
      const during = await publicGet(page.slug, path);
      expect(during.status).toBe(200);
    }
    const during = await publicGet(page.slug);
    expect(during.headers.get("etag")).toBe(before.headers.get("etag"));
    expect(during.text).toContain("Queue backlog");
    const cold = await publicGet(other.page.slug, "api/v2/summary.json");
    expect(cold.status).toBe(503);
    expect(cold.headers.get("retry-after")).toBe("30");
    expect(JSON.parse(cold.text)).toMatchObject({
      error: { message: expect.stringContaining("temporarily unavailable") },
    });

    // Written while this instance cannot hear it: the notification is lost to it.
    await direct.stakeholderUpdate.create({
      data: {
        incidentId: incident.id,
        visibility: "public",
        status: "investigating",
        body: "Written during the outage.",
      },
    });
    await proxy.restore();
    // The failed refresh is retried once the database answers (and the listener resyncs on reconnecting).
    const after = await waitFor(async () => {
      const r = await publicGet(page.slug, "api/v2/summary.json");
      return r.text.includes("Written during the outage.") ? r : undefined;
    }, 40_000);
    expect(after.status).toBe(200);
    // The cold page failed moments ago: it is tried again after a short pause, not on every request.
    await waitFor(async () => ((await publicGet(other.page.slug)).status === 200 ? true : undefined));
    expect((await publicGet(unique("none"))).status).toBe(404);
  }, 60_000);
});
