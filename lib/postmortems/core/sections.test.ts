import { describe, expect, it } from "vitest";
import { compareVersions, decideSectionSave, diffStats } from "./sections";

const current = {
  version: 3,
  body: "The cache evicted hot keys.",
  updatedBy: "alice@example.com",
  updatedAt: new Date("2026-12-01T10:00:00Z"),
};

describe("decideSectionSave", () => {
  it("saves on top of the version the writer started from", () => {
    expect(decideSectionSave(current, 3, "The cache evicted hot keys under memory pressure.")).toEqual({
      kind: "save",
      nextVersion: 4,
    });
  });

  it("refuses a save based on an older version and returns both texts", () => {
    const d = decideSectionSave(current, 2, "Mine: the TTL was too short.");
    expect(d).toEqual({ kind: "conflict", yours: "Mine: the TTL was too short.", theirs: current, baseVersion: 2 });
  });

  it("treats the same text as no change, whatever the base version", () => {
    expect(decideSectionSave(current, 3, current.body)).toEqual({ kind: "unchanged" });
    expect(decideSectionSave(current, 1, current.body)).toEqual({ kind: "unchanged" });
  });
});

describe("compareVersions", () => {
  it("marks added and removed words and keeps the rest", () => {
    const parts = compareVersions("The cache evicted hot keys.", "The cache evicted cold keys.");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["hot"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["cold"]);
    expect(parts.map((p) => (p.kind === "removed" ? "" : p.text)).join("")).toBe("The cache evicted cold keys.");
    expect(diffStats(parts)).toEqual({ added: 1, removed: 1 });
  });

  it("finds nothing to mark between equal versions", () => {
    expect(compareVersions("a\nb", "a\nb")).toEqual([{ kind: "same", text: "a\nb" }]);
  });
});
