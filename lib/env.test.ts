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
