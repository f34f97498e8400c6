import client from "prom-client";

// Process-wide registry. Several Next bundles may load this module, so it lives on globalThis.
type Metrics = {
  registry: client.Registry;
  httpDuration: client.Histogram<"method" | "route" | "status">;
  poolConnections: client.Gauge<"state">;
  jobs: client.Gauge<"queue" | "state">;
};

const globalForMetrics = globalThis as unknown as { vigilMetrics?: Metrics };

function create(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "vigil_" });
  return {
    registry,
    httpDuration: new client.Histogram({
      name: "vigil_http_request_duration_seconds",
      help: "API request latency by route and status",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    poolConnections: new client.Gauge({
      name: "vigil_db_pool_connections",
      help: "Database pool connections by state (total, idle, waiting)",
      labelNames: ["state"],
      registers: [registry],
    }),
    jobs: new client.Gauge({
      name: "vigil_job_queue_jobs",
      help: "Background jobs by queue and state",
      labelNames: ["queue", "state"],
      registers: [registry],
    }),
  };
}

export const metrics: Metrics = globalForMetrics.vigilMetrics ?? create();
globalForMetrics.vigilMetrics = metrics;
