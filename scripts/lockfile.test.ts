import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script without types
import { missingOptionalPackages } from "./lockfile-fix.mjs";

describe("package-lock.json", () => {
  it("names every optional platform package, so `npm ci` accepts it (fix: npm run lockfile:fix)", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    expect([...(missingOptionalPackages(lock) as Map<string, string>).keys()]).toEqual([]);
  });
});
