import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { hashPassword, passwordProblem, verifyPassword } from "./core/password";
import type { SessionUser } from "./session";

// A person's own account, outside any organization: changing it needs only being that person.
export const changePasswordSchema = z.object({
  current: z.string().min(1, "Enter your current password."),
  next: z.string().superRefine((p, c) => {
    const problem = passwordProblem(p);
    if (problem) c.addIssue({ code: "custom", message: problem });
  }),
});

/** Also ends every other session: whoever knew the old password is signed out. */
export async function changePassword(user: SessionUser, input: z.infer<typeof changePasswordSchema>): Promise<void> {
  const record = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(record.passwordHash, input.current)))
    throw forbidden("Your current password is not right.");
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.next), sessionsValidAfter: new Date() },
  });
}

/** Signs the person out on every device, this one included. */
export async function signOutEverywhere(user: SessionUser): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date() } });
}
