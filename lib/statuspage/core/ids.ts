import { createHash, randomBytes } from "node:crypto";

// Statuspage's ids are 12 lowercase letters and digits; clients store and compare them.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
export const PUBLIC_ID_LENGTH = 12;
export const PUBLIC_ID_PATTERN = /^[0-9a-z]{12}$/;

/** A new random public id for status-page rows (about 62 bits). */
export function newPublicId(): string {
  let id = "";
  while (id.length < PUBLIC_ID_LENGTH) {
    for (const byte of randomBytes(16)) {
      // 252 = 7 × 36: rejecting the rest keeps every character equally likely.
      if (byte < 252 && id.length < PUBLIC_ID_LENGTH) id += ALPHABET[byte % 36];
    }
  }
  return id;
}

/**
 * The public id of a record that has its own internal id (incidents, stakeholder updates):
 * derived, so it is stable without storing it in another area's table, and it does not
 * reveal the internal id.
 */
export function publicIdFor(kind: string, internalId: string): string {
  const digest = createHash("sha256").update(`${kind}:${internalId}`).digest();
  let id = "";
  for (const byte of digest) {
    if (byte < 252) id += ALPHABET[byte % 36];
    if (id.length === PUBLIC_ID_LENGTH) return id;
  }
  // 32 bytes all ≥ 252 cannot happen in practice; fall back to the hex digest to stay total.
  return digest.toString("hex").slice(0, PUBLIC_ID_LENGTH);
}
