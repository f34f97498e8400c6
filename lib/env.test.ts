import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("email configuration", () => {
  it("is off by default", () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.SUBSCRIBER_WEBHOOKS_ALLOW_PRIVATE).toBe(false);
  });

  it("takes an smtp(s) URL with a sender", () => {
    expect(
      parseEnv({ SMTP_URL: "smtps://u:p@mail.example.com:465", SMTP_FROM: "Status <s@example.com>" }).SMTP_URL,
    ).toBe("smtps://u:p@mail.example.com:465");
  });

  it("refuses other schemes, and a URL without a sender", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com", SMTP_FROM: "s@example.com" })).toThrow(
      "SMTP_URL must start with smtp:// or smtps://",
    );
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.com" })).toThrow("SMTP_FROM is required with SMTP_URL");
  });
});

describe("outbound addresses", () => {
  it("refuse loopback and private addresses unless the operator allows them", () => {
    expect(parseEnv({}).OUTBOUND_ALLOW_PRIVATE).toBe(false);
    expect(parseEnv({ OUTBOUND_ALLOW_PRIVATE: "true" }).OUTBOUND_ALLOW_PRIVATE).toBe(true);
  });

  it("take a list of addresses and CIDR ranges, and refuse anything else at start", () => {
    expect(parseEnv({ OUTBOUND_ALLOWED_NETWORKS: "10.20.0.0/16, 192.168.1.5" }).OUTBOUND_ALLOWED_NETWORKS).toBe(
      "10.20.0.0/16, 192.168.1.5",
    );
    expect(() => parseEnv({ OUTBOUND_ALLOWED_NETWORKS: "10.0.0.0/8,prometheus" })).toThrow(
      "OUTBOUND_ALLOWED_NETWORKS is a comma-separated list",
    );
  });
});
