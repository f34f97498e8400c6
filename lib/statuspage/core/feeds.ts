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

// Characters XML 1.0 cannot carry at all (a control character in a name would break the feed).
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const escapeXml = (s: string) =>
  s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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
      return { id, title: i.name, date: latest, published: i.createdAt, content: updatesHtml(i.updates) };
    }),
    ...maintenances.map((m) => ({
      id: m.id,
      title: m.name,
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
  items.forEach((item, n) => {
    const link = `${page.url}/incidents/${item.id}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: titleMark(n),
      date: item.date,
      published: item.published,
      content: item.content,
      description: item.content,
    });
  });
  const titles = items.map((i) => escapeXml(i.title));
  return {
    atom: replaceTitles(feed.atom1(), titles, (n) => `<title type="html"><![CDATA[${titleMark(n)}]]></title>`, "text"),
    rss: replaceTitles(feed.rss2(), titles, (n) => `<title><![CDATA[${titleMark(n)}]]></title>`, null),
  };
}

// Names are plain text, but `feed` always writes item titles as HTML (Atom type="html", RSS
// CDATA that readers render as markup), so a name like "<b>API</b>" would be shown bold, or
// worse. Items get a marker title and the marker is replaced by the escaped name, as text;
// a `feed` release that writes titles differently makes this throw, and the tests fail.
const titleMark = (n: number) => `vigil-title-${n}`;
function replaceTitles(xml: string, titles: string[], marked: (n: number) => string, type: "text" | null): string {
  return titles.reduce((out, title, n) => {
    const mark = marked(n);
    if (!out.includes(mark)) throw new Error(`feed wrote item titles in an unexpected form (${mark} not found)`);
    return out.replace(mark, type ? `<title type="${type}">${title}</title>` : `<title>${title}</title>`);
  }, xml);
}
