// Response headers that protect Vigil's pages in the browser, set per request by proxy.ts (app
// pages need a fresh CSP nonce; HSTS depends on the runtime configuration, not the build).
// Public status pages carry their own hash-based CSP (lib/statuspage/render), so they stay cacheable.

/** A fresh nonce for one response; Next puts it on its own inline scripts when the request's CSP names it. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The CSP of the signed-in app, sign-in and share pages. Scripts run only with this response's
 * nonce (and what they load, 'strict-dynamic'); styles are Vigil's own stylesheets, plus inline
 * style attributes (React's `style`, charts), which cannot run script.
 */
export function appContentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    // Status page logos are links to other sites.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS only where it means something and cannot lock anyone out: production, served over https. */
export function strictTransportSecurity(env: { NODE_ENV: string; NEXTAUTH_URL?: string }): string | null {
  if (env.NODE_ENV !== "production" || !env.NEXTAUTH_URL?.startsWith("https://")) return null;
  return "max-age=31536000";
}

/** X-Frame-Options for browsers without CSP frame-ancestors, saying the same as the CSP (none for `*`). */
export function frameOptionsFor(csp: string): Record<string, string> {
  const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.trim();
  if (ancestors === "'none'") return { "x-frame-options": "DENY" };
  if (ancestors === "'self'") return { "x-frame-options": "SAMEORIGIN" };
  return {};
}
