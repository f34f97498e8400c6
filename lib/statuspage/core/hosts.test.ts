import { describe, expect, it } from "vitest";
import { appHostsOf, isStatusPageHost, normalizeHost, pageKeyFor, pageKeyString, statusHostRewrite } from "./hosts";

const app = ["vigil.example.com"];

describe("custom host names", () => {
  it("rewrites a page's own host to /status/{host}, keeping the path", () => {
    expect(statusHostRewrite("status.acme.example", "/", app)).toBe("/status/status.acme.example");
    expect(statusHostRewrite("Status.Acme.Example:443", "/api/v2/summary.json", app)).toBe(
      "/status/status.acme.example/api/v2/summary.json",
    );
    expect(statusHostRewrite("status.acme.example.", "/incidents/abc", app)).toBe(
      "/status/status.acme.example/incidents/abc",
    );
  });

  it("leaves Vigil's own host, loopback, IP addresses and bare names alone", () => {
    for (const host of [
      "vigil.example.com",
      "localhost:3000",
      "127.0.0.1:3100",
      "[::1]:3000",
      "10.0.0.7",
      "vigil",
      "app.localhost",
      null,
      "",
    ]) {
      expect(statusHostRewrite(host, "/demo/incidents", app)).toBeNull();
    }
  });

  it("reads Vigil's host from its public URL", () => {
    expect(appHostsOf("https://Vigil.Example.com:8443/base")).toEqual(["vigil.example.com"]);
    expect(appHostsOf(undefined)).toEqual([]);
    expect(appHostsOf("not a url")).toEqual([]);
    expect(isStatusPageHost("vigil.example.com", appHostsOf("https://vigil.example.com"))).toBe(false);
  });

  it("normalises the Host header", () => {
    expect(normalizeHost(" Status.Acme.Example:8080 ")).toBe("status.acme.example");
    expect(normalizeHost(null)).toBeNull();
    expect(normalizeHost("x".repeat(300))).toBeNull();
  });
});

describe("pageKeyFor", () => {
  it("takes an undotted segment as a slug", () => {
    expect(pageKeyFor("acme", "vigil.example.com")).toEqual({ kind: "slug", slug: "acme" });
    expect(pageKeyFor("Acme-Cloud", null)).toEqual({ kind: "slug", slug: "acme-cloud" });
  });

  it("honours a host name only when the request came on that host", () => {
    expect(pageKeyFor("status.acme.example", "status.acme.example:443")).toEqual({
      kind: "host",
      host: "status.acme.example",
    });
    expect(pageKeyFor("status.acme.example", "vigil.example.com")).toBeNull();
    expect(pageKeyFor("status.acme.example", null)).toBeNull();
  });

  it("refuses malformed segments", () => {
    for (const segment of ["-acme", "acme--x", "a b", "%E0%A4%A", "x".repeat(49), "..", "1.2.3.4"])
      expect(pageKeyFor(segment, "1.2.3.4")).toBeNull();
  });

  it("gives distinct cache keys to slugs and hosts", () => {
    expect(pageKeyString({ kind: "slug", slug: "acme" })).toBe("slug:acme");
    expect(pageKeyString({ kind: "host", host: "status.acme.example" })).toBe("host:status.acme.example");
  });
});
