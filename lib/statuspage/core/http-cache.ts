// HTTP caching of the public status files: validators and cache headers. Pure: no I/O.
import { createHash } from "node:crypto";

/**
 * One public file, rendered once per snapshot and served from memory. Compression is left to the
 * server (Next's, or a proxy or CDN in front): Next drops a route handler's Content-Encoding.
 */
export type CachedBody = { bytes: Buffer; contentType: string; etag: string };

/**
 * A weak validator from the content: compressed and plain forms are the same resource, and
 * If-None-Match uses weak comparison anyway, so one tag serves both (and every instance
 * computes the same tag for the same content, so a CDN's revalidation works across them).
 */
export function etagOf(bytes: Buffer): string {
  return `W/"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
}

export function cachedBody(content: string | Buffer, contentType: string): CachedBody {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  return { bytes, contentType, etag: etagOf(bytes) };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const mine = opaque(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === mine);
}

/**
 * Browsers revalidate every time (cheap with the ETag: a 304); shared caches and CDNs keep a copy
 * for a few seconds, may serve it while refetching, and keep serving it for a day if Vigil is
 * unreachable, which is what a status page is for.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";
/** Unknown pages: remembered briefly by CDNs, so probes of random slugs do not reach Vigil. */
export const MISSING_CACHE_CONTROL = "public, max-age=0, s-maxage=30";

/** Status, headers and body for a GET of a cached file. */
export function conditionalResponse(
  body: CachedBody,
  ifNoneMatch: string | null,
  extraHeaders: Record<string, string> = {},
): { status: 200 | 304; headers: Record<string, string>; body: Buffer | null } {
  const headers: Record<string, string> = { etag: body.etag, "cache-control": PUBLIC_CACHE_CONTROL, ...extraHeaders };
  if (matchesIfNoneMatch(ifNoneMatch, body.etag)) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, "content-type": body.contentType }, body: body.bytes };
}
