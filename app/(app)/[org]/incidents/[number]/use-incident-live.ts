"use client";

import { useLiveEvents } from "@/components/live/use-live-events";

/** The incident's server-sent events: `onChange` for each change and each (re)connection. */
export function useIncidentLive(org: string, incidentId: string, onChange: () => void) {
  useLiveEvents(org, `/api/v1/incidents/${incidentId}/events`, onChange);
}
