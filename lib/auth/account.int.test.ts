import { describe, expect, it } from "vitest";
import { changePassword, signOutEverywhere } from "@/lib/auth/account";
import { hashPassword, verifyPassword } from "@/lib/auth/core/password";
import { db } from "@/lib/db";
import { unique } from "@/tests/factories";

async function person() {
  const user = await db.user.create({
    data: { email: `${unique("me")}@example.test`, name: "Me", passwordHash: await hashPassword("old-password-1") },
  });
  return { id: user.id, email: user.email, name: user.name, validAfter: user.sessionsValidAfter };
}

describe("own account", () => {
  it("changes the password only with the current one, and ends older sessions", async () => {
    const me = await person();
    await expect(changePassword(me, { current: "wrong", next: "new-password-2" })).rejects.toMatchObject({
      status: 403,
    });
    await changePassword(me, { current: "old-password-1", next: "new-password-2" });
    const after = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(await verifyPassword(after.passwordHash, "new-password-2")).toBe(true);
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(me.validAfter.getTime());
  });

  it("signs out everywhere by moving the validity cut-off", async () => {
    const me = await person();
    await new Promise((r) => setTimeout(r, 5));
    await signOutEverywhere(me);
    const after = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(me.validAfter.getTime());
  });
});
