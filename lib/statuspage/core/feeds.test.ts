import { describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
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

  it("publishes incident and maintenance names as text, never as markup", () => {
    const name = '<script>alert(1)</script> <b>API</b> & "more" ]]> done';
    const hostile = toPublicIncident(incidentRecord({ title: name }))!;
    const { atom, rss } = historyFeeds(page, [hostile], [maintenance({ name: "<i>Database</i> upgrade" })], T0);
    // xml-js parses with sax, which throws on XML that is not well formed.
    const titles = (xml: string, item: string) =>
      descendants(xml2js(xml) as Element, item).map((entry) => {
        const title = entry.elements?.find((e) => e.name === "title");
        expect(title?.elements?.every((e) => e.type === "text")).toBe(true); // no CDATA, no child elements
        return { type: title?.attributes?.type, text: title?.elements?.map((e) => e.text).join("") };
      });
    expect(titles(atom, "entry")).toEqual([
      { type: "text", text: name },
      { type: "text", text: "<i>Database</i> upgrade" },
    ]);
    expect(titles(rss, "item")).toEqual([
      { type: undefined, text: name },
      { type: undefined, text: "<i>Database</i> upgrade" },
    ]);
    expect(atom).not.toContain('type="html"><![CDATA[<script>');
  });

  it("drops characters XML cannot carry instead of writing a broken feed", () => {
    const odd = toPublicIncident(incidentRecord({ title: "API\u0001 down \uD800" }))!;
    const { atom, rss } = historyFeeds(page, [odd], [], T0);
    expect(() => xml2js(atom)).not.toThrow();
    expect(() => xml2js(rss)).not.toThrow();
    expect(atom).toContain('<title type="text">API down </title>');
  });
});

function descendants(node: Element, name: string): Element[] {
  return (node.elements ?? []).flatMap((e) => (e.name === name ? [e] : descendants(e, name)));
}
