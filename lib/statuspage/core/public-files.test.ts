import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { at, component, group, incidentRecord, maintenance, page, T0 } from "../fixtures.test-helpers";
import { publicIdFor } from "./ids";
import { MAX_SNAPSHOT_AGE_MS, PUBLIC_FILES, PublicPage, type PublicPageSource } from "./public-files";
import { barText, barTone } from "./render/page";
import { contrastRatio, readableOn, themeCss } from "./render/theme";
import type { StatusSnapshot } from "./serialize";
import { toPublicIncident, type PublicIncident } from "./types";
import { uptimeBars, type UptimeDay } from "./uptime";

const publicIncident = (over: Parameters<typeof incidentRecord>[0] = {}): PublicIncident =>
  toPublicIncident(incidentRecord(over))!;

function source(over: Partial<StatusSnapshot> = {}, basePath = "/status/acme"): PublicPageSource {
  const snapshot: StatusSnapshot = {
    page,
    components: [
      component({ groupId: "grp000000001", status: "partial_outage" }),
      component({ id: "cmp000000002", name: "Web <Frontend>", position: 2 }),
    ],
    groups: [group()],
    incidents: [publicIncident()],
    maintenances: [maintenance()],
    ...over,
  };
  const bars = uptimeBars({
    now: T0,
    startDate: new Date("2026-01-01T00:00:00Z"),
    sliDays: null,
    incidents: [
      { id: "i1", name: "Elevated errors on the API", severity: "SEV2", startedAt: at(-60), resolvedAt: null },
    ],
  });
  return {
    page: {
      id: page.id,
      orgId: "org1",
      name: "Acme",
      logoUrl: null,
      brandColor: "#2563eb",
      backgroundColor: "#ffffff",
      supportUrl: "https://help.acme.example",
      timeZone: "Europe/Paris",
    },
    snapshot,
    uptime: new Map([
      ["cmp000000001", bars],
      ["cmp000000002", bars],
    ]),
    now: T0,
    basePath,
    emailSubscriptions: true,
  };
}

const text = (p: PublicPage, path: string) => p.file(path)!.bytes.toString();
const inlineStyles = (html: string) => [...html.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]!);
const sha = (css: string) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`;

describe("the public status page", () => {
  it("shows the status, open incidents with public updates only, components, maintenance and history", () => {
    const html = text(new PublicPage(source()), "");
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain("Partial System Outage");
    expect(html).toContain("Elevated errors on the API");
    expect(html).toContain("The cause is found; a fix is rolling out.");
    expect(html).not.toContain("SECRET");
    expect(html).toContain('data-status="partial_outage"');
    expect(html).toContain("Database upgrade");
    expect(html).toContain("Past incidents");
    expect(html).toContain("Web &lt;Frontend>");
    expect(html).toContain('href="https://help.acme.example"');
    expect(html).toContain(`href="/status/acme/incidents/${publicIdFor("incident", "cincident000000000000000001")}"`);
  });

  it("has no script, and a CSP whose style hashes are those of its inline styles (no nonce, so it can be cached)", () => {
    const file = new PublicPage(source()).file("")!;
    const html = file.bytes.toString();
    expect(html).not.toMatch(/<script/i);
    const csp = file.headers["content-security-policy"]!;
    expect(csp).toContain("default-src 'none'");
    for (const css of inlineStyles(html)) expect(csp).toContain(sha(css));
  });

  it("links relative to the host root on a custom host name", () => {
    const html = text(new PublicPage(source({}, "")), "");
    expect(html).toContain(`href="/incidents/${publicIdFor("incident", "cincident000000000000000001")}"`);
    expect(html).toContain('action="/subscribe"');
  });

  it("offers email subscription only when email is configured", () => {
    expect(text(new PublicPage(source()), "")).toContain('type="email"');
    expect(text(new PublicPage({ ...source(), emailSubscriptions: false }), "")).not.toContain('type="email"');
  });

  it("hides only-if-degraded components while they are operational", () => {
    const s = source({ components: [component({ onlyShowIfDegraded: true, name: "Hidden thing" })] });
    expect(text(new PublicPage(s), "")).not.toContain("Hidden thing");
  });
});

describe("the files", () => {
  it("serve all eight Statuspage v2 JSON files with CORS", () => {
    const p = new PublicPage(source());
    const v2 = Object.keys(PUBLIC_FILES).filter((f) => f.startsWith("api/v2/"));
    expect(v2.sort()).toEqual(
      [
        "api/v2/components.json",
        "api/v2/incidents.json",
        "api/v2/incidents/unresolved.json",
        "api/v2/scheduled-maintenances.json",
        "api/v2/scheduled-maintenances/active.json",
        "api/v2/scheduled-maintenances/upcoming.json",
        "api/v2/status.json",
        "api/v2/summary.json",
      ].sort(),
    );
    for (const path of v2) {
      const file = p.file(path)!;
      expect(file.contentType).toBe("application/json; charset=utf-8");
      expect(file.headers["access-control-allow-origin"]).toBe("*");
      expect((JSON.parse(file.bytes.toString()) as { page: { id: string } }).page.id).toBe(page.id);
    }
    expect(p.file("api/v2/nope.json")).toBeNull();
  });

  it("render feeds, badge, widget script and iframe page", () => {
    const p = new PublicPage(source());
    expect(text(p, "history.atom")).toContain("<feed");
    expect(text(p, "history.rss")).toContain("<rss");
    expect(text(p, "badge.svg")).toContain("Partial System Outage");
    const widget = text(p, "widget.js");
    expect(() => new Function(widget)).not.toThrow();
    expect(widget).toContain("Acme: Partial System Outage");
    const embed = p.file("embed")!;
    expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
    // Other sites frame the embed: an X-Frame-Options beside `frame-ancestors *` would contradict it.
    expect(embed.headers["x-frame-options"]).toBeUndefined();
    expect(p.file("")!.headers["x-frame-options"]).toBe("DENY");
    expect(embed.bytes.toString()).toContain("Partial System Outage");
  });

  it("give the same ETag for the same content and another for changed content", () => {
    expect(new PublicPage(source()).file("api/v2/summary.json")!.etag).toBe(
      new PublicPage(source()).file("api/v2/summary.json")!.etag,
    );
    const changed = new PublicPage(source({ incidents: [] }));
    expect(changed.file("api/v2/summary.json")!.etag).not.toBe(
      new PublicPage(source()).file("api/v2/summary.json")!.etag,
    );
  });

  it("render an incident's and a maintenance's own page by public id, and nothing for unknown ids", () => {
    const p = new PublicPage(source());
    const id = publicIdFor("incident", "cincident000000000000000001");
    expect(p.detail(id)!.bytes.toString()).toContain("The cause is found");
    expect(p.detail(id)!.bytes.toString()).not.toContain("SECRET");
    expect(p.detail("mnt000000001")!.bytes.toString()).toContain("Database upgrade");
    expect(p.detail("zzzzzzzzzzzz")).toBeNull();
  });

  it("expire at the next maintenance transition, or after the maximum age", () => {
    expect(new PublicPage(source()).expiresAt).toBe(T0.getTime() + MAX_SNAPSHOT_AGE_MS);
    const soon = new PublicPage(
      source({ maintenances: [maintenance({ scheduledFor: at(2), scheduledUntil: at(30) })] }),
    );
    expect(soon.expiresAt).toBe(at(2).getTime());
  });
});

describe("uptime bars", () => {
  const day = (over: Partial<UptimeDay>): UptimeDay => ({
    date: "2026-03-01",
    uptime: 1,
    source: "incidents",
    majorOutageMinutes: 0,
    partialOutageMinutes: 0,
    degradedMinutes: 0,
    incidents: [],
    ...over,
  });

  it("colour a day by its worst impact, and SLI days also by how far the ratio fell", () => {
    expect(barTone(day({ uptime: null }))).toBe("none");
    expect(barTone(day({}))).toBe("ok");
    expect(barTone(day({ degradedMinutes: 3 }))).toBe("minor");
    expect(barTone(day({ partialOutageMinutes: 3, degradedMinutes: 5 }))).toBe("major");
    expect(barTone(day({ majorOutageMinutes: 1 }))).toBe("critical");
    expect(barTone(day({ source: "sli", uptime: 0.9995 }))).toBe("ok");
    expect(barTone(day({ source: "sli", uptime: 0.995 }))).toBe("minor");
    expect(barTone(day({ source: "sli", uptime: 0.98 }))).toBe("major");
    expect(barTone(day({ source: "sli", uptime: 0.9, degradedMinutes: 10 }))).toBe("critical");
  });

  it("describe a day in the tooltip", () => {
    expect(
      barText(day({ uptime: 0.98123, partialOutageMinutes: 75, incidents: [{ id: "i", name: "API errors" }] })),
    ).toBe("98.12 % uptime · 1 h 15 min partial outage · API errors");
    expect(barText(day({}))).toBe("100.00 % uptime · No incidents");
    expect(barText(day({ uptime: null }))).toBe("No data");
  });
});

describe("theme", () => {
  it("picks readable text on the brand colour", () => {
    expect(readableOn("#ffffff")).toBe("#000000");
    expect(readableOn("#1d4ed8")).toBe("#ffffff");
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 0);
  });

  it("switches to light text on a dark chosen background", () => {
    expect(themeCss("#2563eb", "#101010")).toContain("--fg:#f0f3f6");
    expect(themeCss("#2563eb", "#ffffff")).not.toContain("--fg");
  });
});
