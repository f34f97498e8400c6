import { describe, expect, it } from "vitest";
import { conflictingFields, etagOf, parseIfMatch } from "./concurrency";

describe("optimistic concurrency", () => {
  it("reads versions from If-Match in its usual spellings", () => {
    expect(parseIfMatch('"7"')).toBe(7);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch("3")).toBe(3);
    expect(parseIfMatch(null)).toBeNull();
    expect(parseIfMatch("*")).toBeNull();
    expect(parseIfMatch('"abc"')).toBeNull();
    expect(etagOf(4)).toBe('"4"');
  });

  it("names the fields whose stored value differs from the edit", () => {
    const d = new Date("2026-01-01T00:00:00Z");
    expect(
      conflictingFields({ title: "a", startedAt: new Date(d) }, { title: "b", startedAt: d, summary: "" }),
    ).toEqual(["title"]);
  });
});
