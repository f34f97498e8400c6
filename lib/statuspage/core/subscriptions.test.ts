import { describe, expect, it } from "vitest";
import {
  CONFIRM_TTL_MS,
  confirmationExpired,
  mayResendConfirmation,
  RESEND_AFTER_MS,
  subscriberWants,
  webhookAddressProblem,
} from "./subscriptions";

const now = new Date("2026-03-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("confirmation tokens", () => {
  it("expire after their lifetime", () => {
    expect(confirmationExpired(later(1), now)).toBe(false);
    expect(confirmationExpired(now, now)).toBe(true);
    expect(confirmationExpired(null, now)).toBe(true);
  });

  it("are not re-sent within the resend pause (the expiry tells when the last one went)", () => {
    const sentJustNow = later(CONFIRM_TTL_MS);
    expect(mayResendConfirmation(sentJustNow, now)).toBe(false);
    expect(mayResendConfirmation(later(CONFIRM_TTL_MS - RESEND_AFTER_MS + 1), now)).toBe(false);
    expect(mayResendConfirmation(later(CONFIRM_TTL_MS - RESEND_AFTER_MS), now)).toBe(true);
    expect(mayResendConfirmation(null, now)).toBe(true);
  });
});

describe("who hears of what", () => {
  it("tells whole-page subscribers everything, others what affects their components", () => {
    expect(subscriberWants([], ["a"])).toBe(true);
    expect(subscriberWants(["a", "b"], ["b", "c"])).toBe(true);
    expect(subscriberWants(["a"], ["c"])).toBe(false);
  });

  it("tells everyone of an incident that names no component", () => {
    expect(subscriberWants(["a"], [])).toBe(true);
  });
});

describe("webhook addresses", () => {
  it("accepts public http(s) hosts", () => {
    expect(webhookAddressProblem("https://hooks.example.com/status", false)).toBeNull();
    expect(webhookAddressProblem("http://93.184.216.34/hook", false)).toBeNull();
  });

  it("refuses loopback, private, link-local and bare names unless allowed", () => {
    for (const url of [
      "http://localhost:8080/x",
      "http://127.0.0.1/x",
      "http://10.1.2.3/x",
      "http://192.168.0.10/x",
      "http://[::1]/x",
      "http://[fd00::1]/x",
      "http://intranet/x",
      "http://api.localhost/x",
    ]) {
      expect(webhookAddressProblem(url, false), url).not.toBeNull();
      expect(webhookAddressProblem(url, true), url).toBeNull();
    }
  });

  it("refuses link-local and cloud metadata addresses even when private ones are allowed", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[::ffff:169.254.169.254]/latest",
      "http://[fe80::1]/x",
      "http://[fd00:ec2::254]/latest",
      "http://metadata.google.internal/computeMetadata/v1/",
    ])
      expect(webhookAddressProblem(url, true), url).not.toBeNull();
  });
});
