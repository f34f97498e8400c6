import { describe, expect, it } from "vitest";
import { newPublicId, PUBLIC_ID_PATTERN, publicIdFor } from "./ids";

describe("public ids", () => {
  it("makes 12 lowercase letters and digits, different each time", () => {
    const ids = Array.from({ length: 500 }, newPublicId);
    for (const id of ids) expect(id).toMatch(PUBLIC_ID_PATTERN);
    expect(new Set(ids).size).toBe(500);
  });

  it("uses the whole alphabet", () => {
    const seen = new Set(Array.from({ length: 300 }, newPublicId).join(""));
    expect(seen.size).toBe(36);
  });

  it("derives a stable id per kind that does not reveal the internal id", () => {
    const a = publicIdFor("incident", "clx123");
    expect(a).toMatch(PUBLIC_ID_PATTERN);
    expect(publicIdFor("incident", "clx123")).toBe(a);
    expect(publicIdFor("incident_update", "clx123")).not.toBe(a);
    expect(publicIdFor("incident", "clx124")).not.toBe(a);
    expect(a).not.toContain("clx123");
  });
});
