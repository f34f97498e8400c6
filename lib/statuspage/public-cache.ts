import "server-only";
import { db } from "@/lib/db";
import { emailEnabled } from "@/lib/email/mailer";
import { log } from "@/lib/observability/log";
import { subscribeChanges } from "@/lib/realtime/changes";
import { pageKeyString, type PageKey } from "./core/hosts";
import { changeMatcher } from "./invalidation";
import { PublicPage } from "./core/public-files";
import { RefreshingCache, type Loaded } from "./core/refreshing-cache";
import { loadStatusSnapshot, publicReaderContext } from "./snapshot";
import { loadPageUptime } from "./uptime";

// The public status pages are served from this per-process cache. Every instance LISTENs for
// committed changes (lib/realtime) and refreshes the pages they touch within moments, so all
// instances agree without a shared cache; readers get the last snapshot while it refreshes,
// and keep getting it while the database is unreachable.

const keyOf = (key: string): PageKey =>
  key.startsWith("host:") ? { kind: "host", host: key.slice(5) } : { kind: "slug", slug: key.slice(5) };

/** Loads a published page's snapshot and uptime; null when no published page has this slug or host. */
export async function loadPublicPage(cacheKey: string, now = new Date()): Promise<Loaded<PublicPage>> {
  const key = keyOf(cacheKey);
  const page = await db.statusPage.findFirst({
    where: { ...(key.kind === "slug" ? { slug: key.slug } : { hostName: key.host }), published: true },
    select: {
      id: true,
      orgId: true,
      slug: true,
      name: true,
      logoUrl: true,
      brandColor: true,
      backgroundColor: true,
      supportUrl: true,
      timeZone: true,
      org: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!page) return { value: null, expiresAt: null };
  const ctx = publicReaderContext(page.org);
  const [snapshot, uptime] = await Promise.all([
    loadStatusSnapshot(ctx, page.id, now),
    loadPageUptime(ctx, page.id, now),
  ]);
  const value = new PublicPage({
    page: {
      id: page.id,
      orgId: page.orgId,
      name: page.name,
      logoUrl: page.logoUrl,
      brandColor: page.brandColor,
      backgroundColor: page.backgroundColor,
      supportUrl: page.supportUrl,
      timeZone: page.timeZone,
    },
    snapshot,
    uptime,
    now,
    basePath: key.kind === "slug" ? `/status/${page.slug}` : "",
    emailSubscriptions: emailEnabled(),
  });
  return { value, expiresAt: value.expiresAt };
}

/** A cache that listens to `subscribe` (the process's change hub by default). */
export function createPublicPageCache(
  subscribe: typeof subscribeChanges = subscribeChanges,
  load = (key: string) => loadPublicPage(key),
) {
  const cache = new RefreshingCache<PublicPage>({
    load,
    onError: (key, err) => log.warn({ err, key }, "could not refresh a public status page; serving the last snapshot"),
  });
  const unsubscribe = subscribe((change) => {
    const matcher = changeMatcher(change);
    if (matcher) cache.invalidate((key, value) => matcher(key, value && { pageId: value.pageId, orgId: value.orgId }));
  });
  return { cache, unsubscribe };
}

const globalForCache = globalThis as unknown as { vigilStatusPageCache?: RefreshingCache<PublicPage> };

/** The process's public page cache, listening for changes from its first use. */
export function publicPageCache(): RefreshingCache<PublicPage> {
  globalForCache.vigilStatusPageCache ??= createPublicPageCache().cache;
  return globalForCache.vigilStatusPageCache;
}

export const cachedPublicPage = (key: PageKey) => publicPageCache().get(pageKeyString(key));
