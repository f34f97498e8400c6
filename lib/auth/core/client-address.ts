/**
 * The client's address, for per-address sign-in limits. Next's server fills X-Forwarded-For
 * from the socket when a request arrives without one; a reverse proxy in front of Vigil must
 * overwrite the header (docs/deployment.md), or clients could choose their own address.
 */
export function clientAddress(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
