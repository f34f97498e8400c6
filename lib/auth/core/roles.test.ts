import { describe, expect, it } from "vitest";
import { canAssignRole, roleAllows, scopesAllow } from "./roles";

describe("roles", () => {
  it("lets viewers read and nothing else", () => {
    expect(roleAllows("viewer", "org:read")).toBe(true);
    expect(roleAllows("viewer", "incidents:write")).toBe(false);
    expect(roleAllows("viewer", "config:write")).toBe(false);
  });
  it("lets responders run incidents but not configure", () => {
    expect(roleAllows("responder", "incidents:write")).toBe(true);
    expect(roleAllows("responder", "config:write")).toBe(false);
    expect(roleAllows("responder", "members:manage")).toBe(false);
  });
  it("keeps organization settings to owners", () => {
    expect(roleAllows("admin", "org:manage")).toBe(false);
    expect(roleAllows("owner", "org:manage")).toBe(true);
  });
  it("lets only owners make owners, and admins not touch owners", () => {
    expect(canAssignRole("admin", "viewer", "admin")).toBe(true);
    expect(canAssignRole("admin", "viewer", "owner")).toBe(false);
    expect(canAssignRole("admin", "owner", "viewer")).toBe(false);
    expect(canAssignRole("owner", "owner", "viewer")).toBe(true);
    expect(canAssignRole("responder", "viewer", "responder")).toBe(false);
    expect(canAssignRole("admin", null, "responder")).toBe(true);
  });
});

describe("token scopes", () => {
  it("maps scopes to permissions", () => {
    expect(scopesAllow(["read"], "org:read")).toBe(true);
    expect(scopesAllow(["read"], "incidents:write")).toBe(false);
    expect(scopesAllow(["write"], "config:write")).toBe(true);
    expect(scopesAllow(["ingest"], "org:read")).toBe(false);
    expect(scopesAllow(["ingest"], "telemetry:ingest")).toBe(true);
    expect(scopesAllow(["read", "write", "ingest"], "members:manage")).toBe(false);
    expect(scopesAllow(["admin"], "org:read")).toBe(false);
  });
});
