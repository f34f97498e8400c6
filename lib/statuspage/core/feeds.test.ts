import { describe, expect, it } from "vitest";
import { historyFeeds } from "./feeds";
import { publicIdFor } from "./ids";
import { toPublicIncident } from "./types";
import { incidentRecord, maintenance, page, T0 } from "../fixtures.test-helpers";

describe("historyFeeds", () => {
  const incident = toPublicIncident(incidentRecord({ title: "Errors <on> the API & more" }))!;
  const feeds = historyFeeds(page, [incident], [maintenance()], T0);
  const link = `https://vigil.test/status/acme/incidents/${publicIdFor("incident", incident.id)}`;

  it("writes an Atom feed with an entry per incident and maintenance", () => {
    expect(feeds.atom).toMatch(/^<\?xml/);
    expect(feeds.atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feeds.atom.match(/<entry>/g)).toHaveLength(2);
    expect(feeds.atom).toContain(link);
    expect(feeds.atom).toContain("Database upgrade");
    expect(feeds.atom).toContain("https://vigil.test/status/acme/history.atom");
  });

  it("writes an RSS 2.0 feed with the same items", () => {
    expect(feeds.rss).toContain('<rss version="2.0"');
    expect(feeds.rss.match(/<item>/g)).toHaveLength(2);
    expect(feeds.rss).toContain(`<guid isPermaLink="false">${link}</guid>`);
  });

  it("keeps markup in titles and bodies from breaking the XML, and leaves internal updates out", () => {
    expect(feeds.atom).toContain("<![CDATA[Errors <on> the API & more]]>");
    const tricky = toPublicIncident(
      incidentRecord({
        title: "a ]]> b",
        updates: [
          { id: "u", visibility: "public", status: "investigating", body: "<script>x</script>", createdAt: T0 },
        ],
      }),
    )!;
    const xml = historyFeeds(page, [tricky], [], T0).rss;
    expect(xml).not.toContain("a ]]> b");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
    expect(feeds.atom).not.toContain("SECRET");
    expect(feeds.rss).not.toContain("SECRET");
    expect(feeds.rss).toContain("a fix is rolling out");
  });
});
