// The public status page: overall status, open incidents, maintenance, components with 90-day
// uptime bars, past incidents by day and the subscription forms. Server-rendered HTML and CSS,
// no JavaScript. Pure: a snapshot in, a string out.
import { html } from "htm/preact";
import { publicIdFor } from "../ids";
import { maintenanceStatus } from "../maintenance";
import { snapshotStatus, type StatusSnapshot } from "../serialize";
import { SEVERITY_IMPACT, worstStatus } from "../status";
import type { ComponentInfo, PublicIncident, PublicMaintenance } from "../types";
import { dayWorstStatus, overallUptime, UPTIME_DAYS, type UptimeDay } from "../uptime";
import {
  addDays,
  COMPONENT_STATUS_LABEL,
  COMPONENT_TONE,
  dayKey,
  formatDateTime,
  formatDayKey,
  formatMinutes,
  formatPercent,
  INDICATOR_TONE,
  UPDATE_STATUS_LABEL,
  type Tone,
} from "./labels";
import { renderFrame, type Branding, type RenderedHtml } from "./layout";

export type PageView = {
  branding: Branding;
  snapshot: StatusSnapshot;
  uptime: ReadonlyMap<string, UptimeDay[]>;
  now: Date;
  basePath: string;
  emailSubscriptions: boolean;
};

export const PAST_DAYS = 14;

const IMPACT_TONE = { none: "ok", minor: "minor", major: "major", critical: "critical" } as const;
export const incidentTone = (i: PublicIncident): Tone => IMPACT_TONE[SEVERITY_IMPACT[i.severity]];
const isOpen = (i: PublicIncident) => i.status !== "resolved" && i.status !== "postmortem";
export const incidentHref = (basePath: string, publicId: string) => `${basePath}/incidents/${publicId}`;

const TONE_RANK: Record<Tone, number> = { none: 0, ok: 1, maintenance: 2, minor: 3, major: 4, critical: 5 };

/**
 * A day's bar colour: the worst incident impact of the day; with SLI data, also how far the
 * day's ratio fell (below 99.9 % minor, 99 % major, 95 % critical), whichever is worse.
 */
export function barTone(day: UptimeDay): Tone {
  if (day.uptime === null) return "none";
  const fromIncidents = COMPONENT_TONE[dayWorstStatus(day)];
  if (day.source !== "sli") return fromIncidents;
  const fromSli: Tone =
    day.uptime < 0.95 ? "critical" : day.uptime < 0.99 ? "major" : day.uptime < 0.999 ? "minor" : "ok";
  return TONE_RANK[fromSli] > TONE_RANK[fromIncidents] ? fromSli : fromIncidents;
}

export function barText(day: UptimeDay): string {
  if (day.uptime === null) return "No data";
  const parts = [`${formatPercent(day.uptime)} uptime`];
  if (day.majorOutageMinutes > 0) parts.push(`${formatMinutes(day.majorOutageMinutes)} major outage`);
  if (day.partialOutageMinutes > 0) parts.push(`${formatMinutes(day.partialOutageMinutes)} partial outage`);
  if (day.degradedMinutes > 0) parts.push(`${formatMinutes(day.degradedMinutes)} degraded performance`);
  parts.push(day.incidents.length ? day.incidents.map((i) => i.name).join("; ") : "No incidents");
  return parts.join(" · ");
}

function UptimeBars({ bars }: { bars: UptimeDay[] }) {
  const overall = overallUptime(bars);
  return html`<ol class="bars" aria-label=${`Uptime per day over the last ${UPTIME_DAYS} days (UTC)`}>
      ${bars.map(
        (day) =>
          html`<li class=${`b-${barTone(day)}`}>
            <span><b>${formatDayKey(day.date)}</b>${barText(day)}</span>
          </li>`,
      )}
    </ol>
    <div class="legend" aria-hidden="true">
      <span><span class="long">${UPTIME_DAYS} days ago</span><span class="short">30 days ago</span></span>
      <span>${overall === null ? "" : `${formatPercent(overall)} uptime`}</span>
      <span>Today</span>
    </div>
    ${overall === null ? null : html`<p class="sr">${formatPercent(overall)} uptime over the last ${UPTIME_DAYS} days.</p>`}`;
}

function StatusLabel({ status }: { status: ComponentInfo["status"] }) {
  return html`<span class=${`status t-${COMPONENT_TONE[status]}`} data-status=${status}>
    <span class="dot" aria-hidden="true"></span><span class="tone-text">${COMPONENT_STATUS_LABEL[status]}</span>
  </span>`;
}

function ComponentItem({ component, bars }: { component: ComponentInfo; bars: UptimeDay[] | undefined }) {
  return html`<div data-component=${component.id}>
    <div class="row">
      <span class="name">${component.name}</span>
      ${StatusLabel({ status: component.status })}
    </div>
    ${component.description ? html`<p class="muted small">${component.description}</p>` : null}
    ${component.showcase && bars ? UptimeBars({ bars }) : null}
  </div>`;
}

const visible = (c: ComponentInfo) => !(c.onlyShowIfDegraded && c.status === "operational");

function Components({ view }: { view: PageView }) {
  const { snapshot, uptime } = view;
  const byPosition = <T extends { position: number; name: string }>(a: T, b: T) =>
    a.position - b.position || a.name.localeCompare(b.name);
  const items = [
    ...snapshot.components
      .filter((c) => !c.groupId && visible(c))
      .map((c) => ({ kind: "component" as const, position: c.position, name: c.name, component: c })),
    ...snapshot.groups.map((g) => ({
      kind: "group" as const,
      position: g.position,
      name: g.name,
      group: g,
      members: snapshot.components.filter((c) => c.groupId === g.id && visible(c)).sort(byPosition),
    })),
  ]
    .filter((item) => item.kind === "component" || item.members.length > 0)
    .sort(byPosition);
  if (items.length === 0) return null;
  return html`<section aria-labelledby="components-title">
    <h2 id="components-title">Components</h2>
    <ul class="components">
      ${items.map((item) => {
        if (item.kind === "component")
          return html`<li>${ComponentItem({ component: item.component, bars: uptime.get(item.component.id) })}</li>`;
        const status = worstStatus(item.members.map((m) => m.status));
        return html`<li>
          <details class="group" open=${status !== "operational"} data-group=${item.group.id}>
            <summary>
              <span class="row"><span class="name">${item.group.name}</span>${StatusLabel({ status })}</span>
            </summary>
            <ul>
              ${item.members.map((m) => html`<li>${ComponentItem({ component: m, bars: uptime.get(m.id) })}</li>`)}
            </ul>
          </details>
        </li>`;
      })}
    </ul>
  </section>`;
}

type UpdateLine = { id: string; status: keyof typeof UPDATE_STATUS_LABEL; body: string; displayAt: Date };

export function Updates({ updates, timeZone }: { updates: UpdateLine[]; timeZone: string }) {
  if (updates.length === 0) return null;
  const newestFirst = [...updates].sort((a, b) => b.displayAt.getTime() - a.displayAt.getTime());
  return html`<ol class="updates">
    ${newestFirst.map(
      (u) =>
        html`<li>
          <p><strong>${UPDATE_STATUS_LABEL[u.status]}</strong> – ${u.body}</p>
          <time class="small muted" datetime=${u.displayAt.toISOString()}
            >${formatDateTime(u.displayAt, timeZone)}</time
          >
        </li>`,
    )}
  </ol>`;
}

const affected = (refs: { name: string }[]) =>
  refs.length ? html`<p class="small muted">Affected: ${refs.map((r) => r.name).join(", ")}</p>` : null;

function IncidentNotice({ incident, view }: { incident: PublicIncident; view: PageView }) {
  const id = publicIdFor("incident", incident.id);
  return html`<article class=${`card notice t-${incidentTone(incident)}`} data-incident=${id}>
    <h3><a href=${incidentHref(view.basePath, id)}>${incident.name}</a></h3>
    ${affected(incident.components)}
    ${
      incident.updates.length
        ? Updates({ updates: incident.updates, timeZone: view.branding.timeZone })
        : html`<p class="small">
            ${UPDATE_STATUS_LABEL[incident.status]} – we are looking into it; updates will follow here.
          </p>`
    }
  </article>`;
}

export const maintenanceWindow = (m: PublicMaintenance, timeZone: string) =>
  `${formatDateTime(m.scheduledFor, timeZone)} – ${formatDateTime(m.scheduledUntil, timeZone)}`;

function MaintenanceNotice({ maintenance, view }: { maintenance: PublicMaintenance; view: PageView }) {
  const status = maintenanceStatus(maintenance, view.now);
  return html`<article class="card notice t-maintenance" data-maintenance=${maintenance.id} data-status=${status}>
    <h3><a href=${incidentHref(view.basePath, maintenance.id)}>${maintenance.name}</a></h3>
    <p class="small">
      <strong>${UPDATE_STATUS_LABEL[status]}</strong> · ${maintenanceWindow(maintenance, view.branding.timeZone)}
    </p>
    ${affected(maintenance.components)} ${Updates({ updates: maintenance.updates, timeZone: view.branding.timeZone })}
  </article>`;
}

function PastIncidents({ view }: { view: PageView }) {
  const tz = view.branding.timeZone;
  const today = dayKey(view.now, tz);
  const days = Array.from({ length: PAST_DAYS }, (_, k) => addDays(today, -k));
  const incidentsOn = (day: string) => view.snapshot.incidents.filter((i) => dayKey(i.startedAt, tz) === day);
  const maintenancesOn = (day: string) =>
    view.snapshot.maintenances.filter(
      (m) => maintenanceStatus(m, view.now) === "completed" && dayKey(m.scheduledFor, tz) === day,
    );
  return html`<section aria-labelledby="past-title">
    <h2 id="past-title">Past incidents</h2>
    <ol class="days">
      ${days.map((day) => {
        const incidents = incidentsOn(day);
        const maintenances = maintenancesOn(day);
        return html`<li>
          <h3>${formatDayKey(day)}</h3>
          ${incidents.length + maintenances.length === 0 ? html`<p class="muted small">No incidents reported.</p>` : null}
          ${incidents.map((i) => {
            const id = publicIdFor("incident", i.id);
            return html`<article class=${`t-${incidentTone(i)}`} data-incident=${id}>
              <h4><a class="tone-text" href=${incidentHref(view.basePath, id)}>${i.name}</a></h4>
              ${Updates({ updates: i.updates, timeZone: tz })}
            </article>`;
          })}
          ${maintenances.map(
            (m) =>
              html`<article class="t-maintenance" data-maintenance=${m.id}>
                <h4><a class="tone-text" href=${incidentHref(view.basePath, m.id)}>${m.name}</a></h4>
                <p class="small muted">${maintenanceWindow(m, tz)}</p>
                ${Updates({ updates: m.updates, timeZone: tz })}
              </article>`,
          )}
        </li>`;
      })}
    </ol>
  </section>`;
}

function Subscribe({ view }: { view: PageView }) {
  const action = `${view.basePath}/subscribe`;
  const choices = view.snapshot.components.filter(visible);
  const componentChoice = choices.length
    ? html`<fieldset>
        <legend>Components (none ticked: the whole page)</legend>
        ${choices.map((c) => html`<label><input type="checkbox" name="componentIds" value=${c.id} />${c.name}</label>`)}
      </fieldset>`
    : null;
  return html`<section id="subscribe" aria-labelledby="subscribe-title">
    <h2 id="subscribe-title">Subscribe to updates</h2>
    <p class="small muted">Get new incidents, their updates and maintenance as they are posted.</p>
    ${
      view.emailSubscriptions
        ? html`<details class="sub">
            <summary>By email</summary>
            <form class="subscribe" method="post" action=${action}>
              <input type="hidden" name="kind" value="email" />
              <label>Email address<input type="email" name="email" required autocomplete="email" /></label>
              ${componentChoice}
              <button type="submit">Subscribe by email</button>
              <p class="small muted">We email you a link to confirm; every message has a one-click unsubscribe link.</p>
            </form>
          </details>`
        : null
    }
    <details class="sub">
      <summary>By webhook</summary>
      <form class="subscribe" method="post" action=${action}>
        <input type="hidden" name="kind" value="webhook" />
        <label
          >Webhook URL<input type="url" name="url" required placeholder="https://example.com/hooks/status"
        /></label>
        ${componentChoice}
        <button type="submit">Subscribe the webhook</button>
        <p class="small muted">Deliveries are Statuspage-style JSON, signed as Standard Webhooks.</p>
      </form>
    </details>
    <p class="small">
      Or follow the <a href=${`${view.basePath}/history.atom`}>Atom</a> or
      <a href=${`${view.basePath}/history.rss`}>RSS</a> feed.
    </p>
  </section>`;
}

export function renderStatusPage(view: PageView): RenderedHtml {
  const { snapshot, now } = view;
  const status = snapshotStatus(snapshot);
  const open = snapshot.incidents.filter(isOpen).sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  const active = snapshot.maintenances.filter((m) => ["in_progress", "verifying"].includes(maintenanceStatus(m, now)));
  const upcoming = snapshot.maintenances
    .filter((m) => maintenanceStatus(m, now) === "scheduled")
    .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime());
  const main = html`
    <div class=${`card banner t-${INDICATOR_TONE[status.indicator]}`} data-indicator=${status.indicator}>
      <span class="dot" aria-hidden="true"></span>
      <p>${status.description}</p>
    </div>
    ${
      open.length
        ? html`<section aria-labelledby="open-title">
            <h2 id="open-title">Current incidents</h2>
            ${open.map((incident) => IncidentNotice({ incident, view }))}
          </section>`
        : null
    }
    ${
      active.length
        ? html`<section aria-labelledby="active-title">
            <h2 id="active-title">Maintenance in progress</h2>
            ${active.map((maintenance) => MaintenanceNotice({ maintenance, view }))}
          </section>`
        : null
    }
    ${Components({ view })}
    ${
      upcoming.length
        ? html`<section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">Scheduled maintenance</h2>
            ${upcoming.map((maintenance) => MaintenanceNotice({ maintenance, view }))}
          </section>`
        : null
    }
    ${PastIncidents({ view })} ${Subscribe({ view })}
  `;
  return renderFrame({
    branding: view.branding,
    basePath: view.basePath,
    title: `${view.branding.name} status`,
    description: `${status.description}. Current status, incidents and maintenance of ${view.branding.name}.`,
    main,
  });
}
