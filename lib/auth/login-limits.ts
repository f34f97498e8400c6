import "server-only";
import { subMinutes } from "date-fns";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { rateLimited } from "@/lib/errors";

// Failed sign-ins are counted per account and per client address over a sliding window,
// in PostgreSQL so that every app instance sees the same counts.
const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

export async function assertLoginAllowed(email: string, ip: string | null): Promise<void> {
  const config = env();
  const since = subMinutes(new Date(), config.LOGIN_WINDOW_MINUTES);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { key: accountKey(email), success: false, createdAt: { gte: since } } }),
    ip ? db.loginAttempt.count({ where: { key: addressKey(ip), success: false, createdAt: { gte: since } } }) : 0,
  ]);
  if (byAccount >= config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT || byAddress >= config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS) {
    throw rateLimited(
      `Too many failed sign-ins. Wait ${config.LOGIN_WINDOW_MINUTES} minutes or ask an admin to reset your password.`,
      config.LOGIN_WINDOW_MINUTES * 60,
    );
  }
}

export async function recordLoginAttempt(email: string, ip: string | null, success: boolean): Promise<void> {
  if (success) {
    // A successful sign-in forgives the account's earlier failures, not the address's.
    await db.loginAttempt.deleteMany({ where: { key: accountKey(email), success: false } });
    return;
  }
  await db.loginAttempt.createMany({
    data: [{ key: accountKey(email), success }, ...(ip ? [{ key: addressKey(ip), success }] : [])],
  });
}

export async function purgeOldLoginAttempts(olderThanMinutes = 24 * 60): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({
    where: { createdAt: { lt: subMinutes(new Date(), olderThanMinutes) } },
  });
  return count;
}
