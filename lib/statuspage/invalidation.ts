// Which cached public pages a committed change makes stale. Pure.
import type { Change } from "@/lib/realtime/changes";

export type CachedPageIdentity = { pageId: string; orgId: string };
export type Matcher = (key: string, value: CachedPageIdentity | null) => boolean;

/**
 * - a page's own change (branding, components, overrides, maintenance): that page, and every
 *   remembered unknown key, since a page may just have been created, renamed or published;
 * - any incident change (declared, updated, a stakeholder update…): every page of its
 *   organization, since which pages show an incident depends on its services;
 * - a resync (the listener reconnected and may have missed changes): everything.
 */
export function changeMatcher(change: Change): Matcher | null {
  if (change.kind === "resync") return () => true;
  if (change.topic === "statuspage") return (_key, value) => value === null || value.pageId === change.id;
  if (change.topic === "incident") return (_key, value) => value !== null && value.orgId === change.orgId;
  return null;
}
