// Custom host names: a request for status.acme.example is rewritten (proxy.ts) to
// /status/status.acme.example/…, and the status route serves the page whose hostName it is.
// Slugs cannot contain dots, so a dotted first segment always means a host name. Pure: no I/O.

/** The host without port, lowercased; null when missing or not a plausible host. */
export function normalizeHost(header: string | null | undefined): string | null {
  if (!header) return null;
  const host = header.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  return host && host.length <= 253 ? host : null;
}

const FQDN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK_NAMES = new Set(["localhost", "localhost.localdomain"]);

/**
 * Whether a request on `host` is for a status page's own host name rather than for Vigil: a fully
 * qualified name (never an IP address or a bare name such as a container's) that is not one of
 * Vigil's own hosts.
 */
export function isStatusPageHost(host: string | null, appHosts: readonly string[]): host is string {
  if (!host || LOOPBACK_NAMES.has(host) || host.endsWith(".localhost")) return false;
  if (!FQDN.test(host)) return false;
  return !appHosts.includes(host);
}

/** The path a custom-host request is served from, or null to serve it as Vigil itself. */
export function statusHostRewrite(
  hostHeader: string | null,
  pathname: string,
  appHosts: readonly string[],
): string | null {
  const host = normalizeHost(hostHeader);
  if (!isStatusPageHost(host, appHosts)) return null;
  return `/status/${host}${pathname === "/" ? "" : pathname}`;
}

/** Vigil's own host names: that of its public URL (NEXTAUTH_URL). */
export function appHostsOf(publicUrl: string | undefined): string[] {
  if (!publicUrl) return [];
  try {
    return [new URL(publicUrl).hostname.toLowerCase()];
  } catch {
    return [];
  }
}

export type PageKey = { kind: "slug"; slug: string } | { kind: "host"; host: string };

/**
 * Which page a /status/{segment} request names. A host name is honoured only when the request
 * really came on that host, so the rewrite is the one way in; anything malformed is null (404).
 */
export function pageKeyFor(segment: string, hostHeader: string | null): PageKey | null {
  let value: string;
  try {
    value = decodeURIComponent(segment).toLowerCase();
  } catch {
    return null;
  }
  if (value.includes(".")) {
    return FQDN.test(value) && normalizeHost(hostHeader) === value ? { kind: "host", host: value } : null;
  }
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 48 ? { kind: "slug", slug: value } : null;
}

export const pageKeyString = (key: PageKey) => (key.kind === "slug" ? `slug:${key.slug}` : `host:${key.host}`);
