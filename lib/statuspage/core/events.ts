// What status page subscription jobs carry (their queues are named in lib/jobs/queue.ts).

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
