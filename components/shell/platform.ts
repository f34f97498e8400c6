import { useSyncExternalStore } from "react";

const noopSubscribe = () => () => {};

function detectApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    navigator.userAgent;
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** "⌘" on Apple platforms, "Ctrl" elsewhere; "Ctrl" during SSR/hydration to avoid mismatches. */
export function useModifierKeyLabel(): string {
  const apple = useSyncExternalStore(noopSubscribe, detectApple, () => false);
  return apple ? "⌘" : "Ctrl";
}
