import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// API tokens and invite links are random secrets shown once; only their SHA-256 is stored.
// A fast hash is right here (unlike passwords): the secret has 192 bits of entropy.
export const TOKEN_PREFIX = "vgl_";

export function generateSecret(prefix = ""): string {
  return prefix + randomBytes(24).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** The part of a token safe to show in lists, enough to tell tokens apart. */
export function displayPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}
