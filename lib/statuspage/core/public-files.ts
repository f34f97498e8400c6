// Every public file of one status page, rendered from one snapshot: the HTML page, the eight
// Statuspage v2 JSON files, the feeds, the badge and the widget. Each is rendered on first
// demand and then served from memory with its ETag until the next snapshot. Pure.
import { frameOptionsFor } from "@/lib/core/security-headers";
import { historyFeeds } from "./feeds";
import { statusBadgeSvg } from "./badge";
import { cachedBody, type CachedBody } from "./http-cache";
import { publicIdFor } from "./ids";
import { nextTransitionOfAll } from "./maintenance";
import { renderEmbed, renderWidgetScript } from "./render/embed";
import { renderIncidentPage, renderMaintenancePage } from "./render/incident";
import type { Branding } from "./render/layout";
import { renderStatusPage } from "./render/page";
import {
  activeMaintenancesJson,
  componentsJson,
  incidentsJson,
  maintenancesJson,
  snapshotStatus,
  statusJson,
  summaryJson,
  unresolvedIncidentsJson,
  upcomingMaintenancesJson,
  type StatusSnapshot,
} from "./serialize";
import type { PublicIncident, PublicMaintenance } from "./types";
import type { UptimeDay } from "./uptime";

/** Uptime bars and the past-incidents days move with time; nothing else does between changes. */
export const MAX_SNAPSHOT_AGE_MS = 5 * 60_000;

export type PublicPageSource = {
  page: { id: string; orgId: string } & Branding;
  snapshot: StatusSnapshot;
  uptime: ReadonlyMap<string, UptimeDay[]>;
  now: Date;
  /** "/status/{slug}" on Vigil's host, "" on the page's own host name. */
  basePath: string;
  emailSubscriptions: boolean;
};

export type PublicFile = CachedBody & { headers: Record<string, string> };

const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
// Statuspage's API and feeds are read by widgets on other sites.
const CORS = { "access-control-allow-origin": "*" };

type FileSpec = {
  type: string;
  headers?: Record<string, string>;
  render: (s: PublicPageSource) => string | { html: string; csp: string };
};

const json = (build: (s: PublicPageSource) => unknown): FileSpec => ({
  type: JSON_TYPE,
  headers: CORS,
  render: (s) => JSON.stringify(build(s)),
});
const feeds = (s: PublicPageSource) =>
  historyFeeds(s.snapshot.page, s.snapshot.incidents, s.snapshot.maintenances, s.now);

/** The files, by their path under the page ("" is the page itself). */
export const PUBLIC_FILES: Record<string, FileSpec> = {
  "": {
    type: HTML,
    render: (s) =>
      renderStatusPage({
        branding: s.page,
        snapshot: s.snapshot,
        uptime: s.uptime,
        now: s.now,
        basePath: s.basePath,
        emailSubscriptions: s.emailSubscriptions,
      }),
  },
  "api/v2/summary.json": json((s) => summaryJson(s.snapshot, s.now)),
  "api/v2/status.json": json((s) => statusJson(s.snapshot)),
  "api/v2/components.json": json((s) => componentsJson(s.snapshot)),
  "api/v2/incidents.json": json((s) => incidentsJson(s.snapshot)),
  "api/v2/incidents/unresolved.json": json((s) => unresolvedIncidentsJson(s.snapshot)),
  "api/v2/scheduled-maintenances.json": json((s) => maintenancesJson(s.snapshot, s.now)),
  "api/v2/scheduled-maintenances/upcoming.json": json((s) => upcomingMaintenancesJson(s.snapshot, s.now)),
  "api/v2/scheduled-maintenances/active.json": json((s) => activeMaintenancesJson(s.snapshot, s.now)),
  "history.atom": { type: "application/atom+xml; charset=utf-8", headers: CORS, render: (s) => feeds(s).atom },
  "history.rss": { type: "application/rss+xml; charset=utf-8", headers: CORS, render: (s) => feeds(s).rss },
  "badge.svg": {
    type: "image/svg+xml; charset=utf-8",
    headers: CORS,
    render: (s) => statusBadgeSvg(snapshotStatus(s.snapshot), s.page.name),
  },
  "widget.js": {
    type: "text/javascript; charset=utf-8",
    headers: CORS,
    render: (s) => renderWidgetScript(s.page.name, s.snapshot.page.url, snapshotStatus(s.snapshot)),
  },
  embed: { type: HTML, render: (s) => renderEmbed(s.page.name, s.snapshot.page.url, snapshotStatus(s.snapshot)) },
};

function toFile(
  type: string,
  rendered: string | { html: string; csp: string },
  headers: Record<string, string> = {},
): PublicFile {
  if (typeof rendered === "string") return { ...cachedBody(rendered, type), headers };
  return {
    ...cachedBody(rendered.html, type),
    headers: { ...headers, "content-security-policy": rendered.csp, ...frameOptionsFor(rendered.csp) },
  };
}

export class PublicPage {
  readonly pageId: string;
  readonly orgId: string;
  /** When the snapshot goes out of date by the clock alone. */
  readonly expiresAt: number;
  private readonly files = new Map<string, PublicFile>();
  private readonly details = new Map<string, PublicFile>();
  private detailIds: Map<string, { incident: PublicIncident } | { maintenance: PublicMaintenance }> | undefined;

  constructor(readonly source: PublicPageSource) {
    this.pageId = source.page.id;
    this.orgId = source.page.orgId;
    const transition = nextTransitionOfAll(source.snapshot.maintenances, source.now);
    this.expiresAt = Math.min(source.now.getTime() + MAX_SNAPSHOT_AGE_MS, transition?.getTime() ?? Infinity);
  }

  /** A file by its path under the page, or null when there is no such file. */
  file(path: string): PublicFile | null {
    const spec = PUBLIC_FILES[path];
    if (!spec) return null;
    let file = this.files.get(path);
    if (!file) {
      file = toFile(spec.type, spec.render(this.source), spec.headers);
      this.files.set(path, file);
    }
    return file;
  }

  /** The page of an incident or maintenance by its public id (the v2 `shortlink`), or null. */
  detail(publicId: string): PublicFile | null {
    const cached = this.details.get(publicId);
    if (cached) return cached;
    const { snapshot, now, basePath, page } = this.source;
    this.detailIds ??= new Map<string, { incident: PublicIncident } | { maintenance: PublicMaintenance }>([
      ...snapshot.incidents.map((incident) => [publicIdFor("incident", incident.id), { incident }] as const),
      ...snapshot.maintenances.map((maintenance) => [maintenance.id, { maintenance }] as const),
    ]);
    const found = this.detailIds.get(publicId);
    if (!found) return null;
    const view = { branding: page, basePath, now };
    const file = toFile(
      HTML,
      "incident" in found ? renderIncidentPage(found.incident, view) : renderMaintenancePage(found.maintenance, view),
    );
    this.details.set(publicId, file);
    return file;
  }
}
