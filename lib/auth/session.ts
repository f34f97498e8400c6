import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string };

/**
 * The signed-in user, re-read from the database on every request so that disabling an
 * account or "sign out everywhere" takes effect at once despite stateless JWT sessions.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; issuedAt?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, disabledAt: true, sessionsValidAfter: true },
  });
  if (!user || user.disabledAt) return null;
  if ((session.issuedAt ?? 0) < user.sessionsValidAfter.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name };
});
