"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionState } from "@/lib/server/action";

/**
 * Re-fetches the page once an action has succeeded. The action's own revalidation can lose a race
 * with a live refresh that started before it (and returns older data later); one issued after the
 * action finished always shows its result.
 */
export function useRefreshAfter(state: ActionState) {
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
}
