"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useLiveEvents } from "@/components/live/use-live-events";

/**
 * Re-renders the page when anyone changes the post-mortem, on any instance. Sections being edited
 * keep their text: only what is shown from the server is refreshed.
 */
export function PostmortemLive({ org, id }: { org: string; id: string }) {
  const router = useRouter();
  const refresh = useCallback(() => router.refresh(), [router]);
  useLiveEvents(org, `/api/v1/postmortems/${id}/events`, refresh);
  return null;
}
