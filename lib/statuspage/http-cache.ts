// HTTP caching of the public status files: validators and cache headers. Pure: no I/O.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

/** One public file, rendered once per snapshot and served from memory. */
export type CachedBody = {
  bytes: Buffer;
  contentType: string;
  etag: string;
  /** Compressed once, on first demand. */
  gzipped: () => Buffer;
};

/**
 * A weak validator from the content: the gzipped and plain forms are the same resource, and
 * If-None-Match uses weak comparison anyway, so one tag serves both (and every instance
 * computes the same tag for the same content, so a CDN's revalidation works across them).
 */
export function etagOf(bytes: Buffer): string {
  return `W/"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
}

export function cachedBody(content: string | Buffer, contentType: string): CachedBody {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  let gz: Buffer | undefined;
  return { bytes, contentType, etag: etagOf(bytes), gzipped: () => (gz ??= gzipSync(bytes, { level: 6 })) };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const mine = opaque(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === mine);
}

/** Whether the client takes gzip (a q=0 refuses it). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
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
  request: { ifNoneMatch: string | null; acceptEncoding: string | null },
  extraHeaders: Record<string, string> = {},
): { status: 200 | 304; headers: Record<string, string>; body: Buffer | null } {
  const headers: Record<string, string> = { etag: body.etag, "cache-control": PUBLIC_CACHE_CONTROL, vary: "Accept-Encoding", ...extraHeaders };
  if (matchesIfNoneMatch(request.ifNoneMatch, body.etag)) return { status: 304, headers, body: null };
  headers["content-type"] = body.contentType;
  if (acceptsGzip(request.acceptEncoding)) {
    const gz = body.gzipped();
    return { status: 200, headers: { ...headers, "content-encoding": "gzip", "content-length": String(gz.length) }, body: gz };
  }
  return { status: 200, headers: { ...headers, "content-length": String(body.bytes.length) }, body: body.bytes };
}
