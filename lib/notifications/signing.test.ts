import { describe, expect, it } from "vitest";
import { sign, signatureHeaders, verify } from "./signing";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const body = JSON.stringify({ hello: "world" });
const now = new Date("2026-11-23T10:00:00Z");

describe("webhook signatures", () => {
  it("matches the Standard Webhooks reference vector", () => {
    // From the Standard Webhooks specification's test vectors.
    expect(sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}')).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verifies its own signatures and refuses tampering, old timestamps and missing headers", () => {
    const headers = new Headers(signatureHeaders(secret, "msg_1", body, now));
    expect(verify([secret], headers, body, now)).toEqual({ ok: true, id: "msg_1" });
    expect(verify([secret], headers, body + " ", now)).toMatchObject({ ok: false, reason: expect.stringContaining("does not match") });
    expect(verify([secret], headers, body, new Date(now.getTime() + 301_000))).toMatchObject({ ok: false, reason: expect.stringContaining("5 minutes") });
    expect(verify([secret], new Headers(), body, now)).toMatchObject({ ok: false });
  });

  it("accepts any of several secrets and several signatures during key rotation", () => {
    const next = "whsec_bmV4dC1zZWNyZXQtZm9yLXJvdGF0aW9uLXRlc3Rz";
    const headers = new Headers(signatureHeaders(next, "msg_2", body, now));
    expect(verify([secret], headers, body, now).ok).toBe(false);
    expect(verify([secret, next], headers, body, now).ok).toBe(true);
    const both = new Headers(headers);
    both.set("webhook-signature", `${sign(secret, "msg_2", Math.floor(now.getTime() / 1000), body)} ${headers.get("webhook-signature")}`);
    expect(verify([next], both, body, now).ok).toBe(true);
  });
});
