import { describe, expect, it } from "vitest";
import { changeMatcher } from "./invalidation";

const acme = { pageId: "page-acme", orgId: "org-1" };
const other = { pageId: "page-other", orgId: "org-2" };

describe("which cached pages a change makes stale", () => {
  it("a page change: that page, and unknown keys (a page may have been published or renamed)", () => {
    const m = changeMatcher({ orgId: "org-1", topic: "statuspage", id: "page-acme", kind: "component.status" })!;
    expect(m("slug:acme", acme)).toBe(true);
    expect(m("slug:other", other)).toBe(false);
    expect(m("slug:new-one", null)).toBe(true);
  });

  it("an incident change: every page of that organization, nothing else", () => {
    const m = changeMatcher({ orgId: "org-1", topic: "incident", id: "inc-1", kind: "timeline.update.posted" })!;
    expect(m("slug:acme", acme)).toBe(true);
    expect(m("host:status.acme.example", acme)).toBe(true);
    expect(m("slug:other", other)).toBe(false);
    expect(m("slug:nothing", null)).toBe(false);
  });

  it("a resync: everything; other topics: nothing", () => {
    expect(changeMatcher({ orgId: "*", topic: "*", id: "*", kind: "resync" })!("slug:other", other)).toBe(true);
    expect(changeMatcher({ orgId: "org-1", topic: "slo", id: "x", kind: "updated" })).toBeNull();
  });
});
