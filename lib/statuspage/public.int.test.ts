import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { declareIncident } from "@/lib/incidents/declare";
import { postStakeholderUpdate } from "@/lib/incidents/stakeholder-updates";
import { updateIncident } from "@/lib/incidents/update";
import { listening } from "@/lib/realtime/changes";
import { orgWithMembers, unique } from "@/tests/factories";
import { ownListener, publicGet, publishedPage, waitFor } from "@/tests/statuspage";
import { setComponentOverride, updateStatusPage } from "./admin.test-helpers";
import { publicIdFor } from "./core/ids";
import { createPublicPageCache, publicPageCache } from "./public-cache";
import { PUBLIC_FILES } from "./core/public-files";

const V2_FILES = Object.keys(PUBLIC_FILES).filter((f) => f.startsWith("api/v2/"));
const EVERY_PUBLIC_FILE = ["", ...V2_FILES, "history.atom", "history.rss", "badge.svg", "widget.js", "embed"];

async function everything(slug: string) {
  const bodies = await Promise.all(EVERY_PUBLIC_FILE.map((f) => publicGet(slug, f)));
  for (const b of bodies) expect(b.status).toBe(200);
  return bodies.map((b) => b.text).join("\n");
}

describe("public status page routes", () => {
  it("serve a published page and its files with ETag, 304, CDN cache headers and no cookie", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { page } = await publishedPage(members.admin.ctx);
    const first = await publicGet(page.slug, "api/v2/summary.json");
    expect(first.status).toBe(200);
    expect(first.headers.get("set-cookie")).toBeNull();
    expect(first.headers.get("cache-control")).toContain("public");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(JSON.parse(first.text)).toMatchObject({
      page: { id: page.id, name: "Acme" },
      status: { indicator: "none" },
    });

    const again = await publicGet(page.slug, "api/v2/summary.json", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    const html = await publicGet(page.slug);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.text).toContain("All Systems Operational");
    expect(html.headers.get("set-cookie")).toBeNull();
  });

  it("answer 404 for unpublished and unknown pages and files", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const { page } = await publishedPage(members.admin.ctx);
    await updateStatusPage(members.admin.ctx, page.id, { published: false });
    await waitFor(async () => ((await publicGet(page.slug)).status === 404 ? true : undefined));
    expect((await publicGet(unique("nope"))).status).toBe(404);
    const missing = await publicGet(unique("nope"), "api/v2/summary.json");
    expect(JSON.parse(missing.text)).toMatchObject({ error: { code: "not_found" } });
  });

  it("show public incidents and their public updates, and a private incident nowhere", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const ctx = members.responder.ctx;
    const { page, api, apiComponent } = await publishedPage(members.admin.ctx);
    const shown = await declareIncident(ctx, { title: "Checkout errors", severity: "SEV2", serviceIds: [api.id] });
    await postStakeholderUpdate(ctx, shown.id, { visibility: "public", body: "We are investigating checkout errors." });
    await postStakeholderUpdate(ctx, shown.id, { visibility: "internal", body: "INTERNAL: customer Initech is hit" });
    const hidden = await declareIncident(ctx, {
      title: "PRIVATE credential leak",
      severity: "SEV1",
      serviceIds: [api.id],
      private: true,
    });
    await postStakeholderUpdate(ctx, hidden.id, { visibility: "public", body: "PRIVATE rotating keys" });

    const all = await waitFor(async () => {
      const text = await everything(page.slug);
      return text.includes("We are investigating checkout errors.") ? text : undefined;
    });
    expect(all).toContain("Checkout errors");
    expect(all).not.toContain("PRIVATE");
    expect(all).not.toContain("INTERNAL");
    // A private SEV1 would turn the API red; it is a partial outage, from the public SEV2 only.
    const components = JSON.parse((await publicGet(page.slug, "api/v2/components.json")).text) as {
      components: { id: string; status: string }[];
    };
    expect(components.components.find((c) => c.id === apiComponent.id)!.status).toBe("partial_outage");
    expect((await publicGet(page.slug, `incidents/${publicIdFor("incident", shown.id)}`)).text).toContain(
      "We are investigating checkout errors.",
    );
    expect((await publicGet(page.slug, `incidents/${publicIdFor("incident", hidden.id)}`)).status).toBe(404);
  });

  it("follow an incident's status and a responder's override on the component", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const ctx = members.responder.ctx;
    const { page, api, apiComponent, webComponent } = await publishedPage(members.admin.ctx);
    const statusOf = async (id: string) => {
      const json = JSON.parse((await publicGet(page.slug, "api/v2/summary.json")).text) as {
        components: { id: string; status: string }[];
      };
      return json.components.find((c) => c.id === id)!.status;
    };
    expect(await statusOf(apiComponent.id)).toBe("operational");
    const incident = await declareIncident(ctx, { title: "API down", severity: "SEV1", serviceIds: [api.id] });
    await waitFor(async () => ((await statusOf(apiComponent.id)) === "major_outage" ? true : undefined));
    await updateIncident(ctx, incident.id, incident.version, { status: "resolved" });
    await waitFor(async () => ((await statusOf(apiComponent.id)) === "operational" ? true : undefined));
    await setComponentOverride(ctx, webComponent.id, "degraded_performance");
    await waitFor(async () => ((await statusOf(webComponent.id)) === "degraded_performance" ? true : undefined));
  });

  it("serve a page on its own host name only when the request came on that host", async () => {
    const { members } = await orgWithMembers(["admin"]);
    const host = `${unique("status")}.example.test`;
    const { page } = await publishedPage(members.admin.ctx, { hostName: host });
    const onHost = await publicGet(host, "api/v2/status.json", { host: `${host}:443` });
    expect(onHost.status).toBe(200);
    expect(JSON.parse(onHost.text)).toMatchObject({ page: { id: page.id, url: `https://${host}` } });
    expect((await publicGet(host, "", { host })).text).toContain('action="/subscribe"');
    expect((await publicGet(host, "api/v2/status.json")).status).toBe(404);
  });
});

describe("the public cache across instances", () => {
  it("is refreshed on every listener when an incident update is committed", async () => {
    const { members } = await orgWithMembers(["admin", "responder"]);
    const { page, api } = await publishedPage(members.admin.ctx);
    const incident = await declareIncident(members.responder.ctx, {
      title: "Latency",
      severity: "SEV3",
      serviceIds: [api.id],
    });
    const other = await ownListener(env().DATABASE_URL!);
    const instanceA = publicPageCache();
    const instanceB = createPublicPageCache(other.subscribe).cache;
    try {
      const key = `slug:${page.slug}`;
      await Promise.all([instanceA.get(key), instanceB.get(key)]);
      await listening();
      const before = [
        (await instanceA.get(key))!.file("api/v2/summary.json")!.etag,
        (await instanceB.get(key))!.file("api/v2/summary.json")!.etag,
      ];
      await postStakeholderUpdate(members.responder.ctx, incident.id, {
        visibility: "public",
        body: "Latency is back to normal.",
      });
      for (const cache of [instanceA, instanceB]) {
        // No read needed: the notification alone starts the refresh.
        const summary = await waitFor(async () => {
          await cache.settled();
          const body = (await cache.get(key))!.file("api/v2/summary.json")!.bytes.toString();
          return body.includes("Latency is back to normal.") ? body : undefined;
        });
        expect(summary).toContain("Latency is back to normal.");
      }
      expect((await instanceA.get(key))!.file("api/v2/summary.json")!.etag).not.toBe(before[0]);
      expect((await instanceB.get(key))!.file("api/v2/summary.json")!.etag).toBe(
        (await instanceA.get(key))!.file("api/v2/summary.json")!.etag,
      );
    } finally {
      await other.close();
    }
  });
});
