import { describe, expect, it } from "vitest";
import { cycleThrough } from "./dependencies";

const edges = [
  { serviceId: "web", dependencyId: "api" },
  { serviceId: "api", dependencyId: "auth" },
  { serviceId: "auth", dependencyId: "db" },
];

describe("cycleThrough", () => {
  it("allows new edges that keep the graph acyclic", () => {
    expect(cycleThrough(edges, "web", ["api", "db"])).toBeNull();
    expect(cycleThrough(edges, "db", [])).toBeNull();
    expect(cycleThrough(edges, "search", ["db", "auth"])).toBeNull();
  });

  it("refuses a service depending on itself", () => {
    expect(cycleThrough(edges, "api", ["api"])).toEqual(["api", "api"]);
  });

  it("refuses an edge that closes a cycle and names the path", () => {
    expect(cycleThrough(edges, "db", ["web"])).toEqual(["db", "web", "api", "auth", "db"]);
  });
});
