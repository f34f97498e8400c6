import { describe, expect, it } from "vitest";
import { appContentSecurityPolicy, frameOptionsFor, newNonce, strictTransportSecurity } from "./security-headers";

describe("the app's CSP", () => {
  const nonce = newNonce();
  const csp = appContentSecurityPolicy(nonce, { development: false, https: true });
  const directive = (name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

  it("runs only scripts carrying this response's nonce, never eval in production", () => {
    expect(directive("script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-inline' 'self");
    expect(directive("script-src")).not.toContain("unsafe");
    expect(appContentSecurityPolicy(nonce, { development: true, https: false })).toContain("'unsafe-eval'");
  });
  it("may be framed by Vigil itself only, and has no plugins or foreign base URLs", () => {
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'self'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("base-uri")).toBe("base-uri 'self'");
  });
  it("upgrades insecure requests only when served over https", () => {
    expect(csp).toContain("upgrade-insecure-requests");
    expect(appContentSecurityPolicy(nonce, { development: false, https: false })).not.toContain("upgrade");
  });
  it("gets a new nonce for every response", () => {
    expect(newNonce()).not.toBe(nonce);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("HSTS", () => {
  it("is sent in production behind an https public URL only", () => {
    expect(strictTransportSecurity({ NODE_ENV: "production", NEXTAUTH_URL: "https://vigil.example.com" })).toBe(
      "max-age=31536000",
    );
    expect(strictTransportSecurity({ NODE_ENV: "production", NEXTAUTH_URL: "http://vigil.internal" })).toBeNull();
    expect(strictTransportSecurity({ NODE_ENV: "production" })).toBeNull();
    expect(strictTransportSecurity({ NODE_ENV: "development", NEXTAUTH_URL: "https://vigil.example.com" })).toBeNull();
  });
});

describe("X-Frame-Options", () => {
  it("says what the CSP's frame-ancestors says, and nothing for pages that anyone may frame", () => {
    expect(frameOptionsFor("default-src 'none'; frame-ancestors 'none'")).toEqual({ "x-frame-options": "DENY" });
    expect(frameOptionsFor("frame-ancestors 'self'; base-uri 'none'")).toEqual({ "x-frame-options": "SAMEORIGIN" });
    expect(frameOptionsFor("default-src 'none'; frame-ancestors *")).toEqual({});
  });
});
