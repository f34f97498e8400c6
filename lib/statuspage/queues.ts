// Job queues of status page subscriptions (registered in lib/jobs/queue.ts). No imports, so the
// queue module and the code that sends jobs can both use the names without an import cycle.
export const STATUS_QUEUES = {
  /** One job per public event: finds the pages and subscribers it concerns. */
  fanOut: "status-notify",
  /** One job per subscriber and message (or confirmation email), retried on its own. */
  deliver: "status-deliver",
} as const;

// Retries: 15 s, 30 s, 1 min … capped at an hour, for about a day in all (as lib/notifications).
export const DELIVERY_RETRY = { retryLimit: 10, retryDelay: 15, retryBackoff: true, retryDelayMax: 3600 } as const;

/** Something subscribers may hear about; the fan-out reads the current public state when it runs. */
export type StatusEvent =
  | {
      kind: "incident";
      orgId: string;
      incidentId: string;
      reason: "created" | "updated" | "resolved";
      updateId?: string;
    }
  | {
      kind: "maintenance";
      orgId: string;
      maintenanceId: string;
      reason: "scheduled" | "updated" | "started" | "completed";
      updateId?: string;
      at?: string;
    };
