"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef } from "react";
import { useLiveEvents } from "./use-live-events";

// A burst of changes (an alert storm declaring ten incidents) refreshes once.
const SETTLE_MS = 300;

/** Re-renders the server page it sits on whenever the organization's incidents change, on any instance. */
export function LiveIncidentsRefresh({ org }: { org: string }) {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      router.refresh();
    }, SETTLE_MS);
  }, [router]);
  useLiveEvents(org, "/api/v1/incidents/events", refresh);
  return null;
}
