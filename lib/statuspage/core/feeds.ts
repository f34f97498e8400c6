import { Feed } from "feed";
import { publicIdFor } from "./ids";
import { maintenanceStatus } from "./maintenance";
import type { PublicIncident, PublicMaintenance, StatusPageInfo } from "./types";

export type HistoryFeeds = { atom: string; rss: string };

const FEED_ITEMS = 50;

const STATUS_LABEL: Record<string, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  postmortem: "Postmortem",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

// feed wraps titles in CDATA, which "]]>" would close early.
const cdataSafe = (s: string) => s.replaceAll("]]>", "]]&gt;");
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Each item's content lists its updates, newest first, as Statuspage's own feeds do.
const updatesHtml = (updates: { status: string; body: string; displayAt: Date }[]) =>
  [...updates]
    .sort((a, b) => b.displayAt.getTime() - a.displayAt.getTime())
    .map(
      (u) =>
        `<p><small>${u.displayAt.toISOString()}</small><br><strong>${STATUS_LABEL[u.status] ?? u.status}</strong> - ${escapeHtml(u.body)}</p>`,
    )
    .join("");

/** Atom and RSS feeds of the page's public incidents and maintenance (history.atom, history.rss). */
export function historyFeeds(
  page: StatusPageInfo,
  incidents: PublicIncident[],
  maintenances: PublicMaintenance[],
  now: Date,
): HistoryFeeds {
  const items = [
    ...incidents.map((i) => {
      const id = publicIdFor("incident", i.id);
      const latest = i.updates.reduce((d, u) => (u.displayAt > d ? u.displayAt : d), i.updatedAt);
      return { id, title: cdataSafe(i.name), date: latest, published: i.createdAt, content: updatesHtml(i.updates) };
    }),
    ...maintenances.map((m) => ({
      id: m.id,
      title: cdataSafe(m.name),
      date: m.updatedAt,
      published: m.createdAt,
      content:
        `<p><strong>${STATUS_LABEL[maintenanceStatus(m, now)]}</strong>: ${m.scheduledFor.toISOString()} – ${m.scheduledUntil.toISOString()}</p>` +
        updatesHtml(m.updates),
    })),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, FEED_ITEMS);
  const feed = new Feed({
    id: page.url,
    title: `${page.name} status`,
    link: page.url,
    description: `Incidents and maintenance on ${page.name}`,
    updated: items[0]?.date ?? page.updatedAt,
    generator: "Vigil",
    feedLinks: { atom: `${page.url}/history.atom`, rss: `${page.url}/history.rss` },
    copyright: page.name,
  });
  for (const item of items) {
    const link = `${page.url}/incidents/${item.id}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: item.title,
      date: item.date,
      published: item.published,
      content: item.content,
      description: item.content,
    });
  }
  return { atom: feed.atom1(), rss: feed.rss2() };
}
