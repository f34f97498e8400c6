import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's recommended parameters).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a throwaway hash when the user has none, so timing does not reveal which accounts exist.
  const target = passwordHash ?? DUMMY_HASH;
  const ok = await verify(target, password).catch(() => false);
  return passwordHash !== null && ok;
}

const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Zg0vH0k6Gm4y4K6wH7yQ9b8bY8Q2Qm2p7i0Q3Vv8w2E";

export const PASSWORD_RULES = "at least 10 characters";
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "Use a password of at least 10 characters.";
  if (password.length > 200) return "Use a password of at most 200 characters.";
  return null;
}
