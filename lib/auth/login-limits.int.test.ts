import { describe, expect, it } from "vitest";
import { assertLoginAllowed, recordLoginAttempt } from "@/lib/auth/login-limits";
import { unique } from "@/tests/factories";

describe("sign-in rate limits", () => {
  it("locks an account after 5 failures and forgives them after a success", async () => {
    const email = `${unique("u")}@example.test`;
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, `10.0.0.${i}`, false);
    await expect(assertLoginAllowed(email, "10.0.0.9")).resolves.toBeUndefined();
    await recordLoginAttempt(email, "10.0.0.5", false);
    await expect(assertLoginAllowed(email, "10.0.0.9")).rejects.toMatchObject({ status: 429 });
    await recordLoginAttempt(email, "10.0.0.9", true);
    await expect(assertLoginAllowed(email, "10.0.0.9")).resolves.toBeUndefined();
  });

  it("limits one address trying many accounts", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}-${unique("x")}`;
    for (let i = 0; i < 20; i++) await recordLoginAttempt(`${unique("a")}@example.test`, ip, false);
    await expect(assertLoginAllowed(`${unique("fresh")}@example.test`, ip)).rejects.toMatchObject({ status: 429 });
    await expect(assertLoginAllowed(`${unique("fresh")}@example.test`, "198.51.100.1")).resolves.toBeUndefined();
  });
});
