// An incident's (or a maintenance's) own public page, the `shortlink` of the v2 API. Pure.
import { html } from "htm/preact";
import { maintenanceStatus } from "../maintenance";
import { SEVERITY_IMPACT } from "../status";
import type { PublicIncident, PublicMaintenance } from "../types";
import { formatDateTime, IMPACT_LABEL, UPDATE_STATUS_LABEL } from "./labels";
import { renderFrame, type Branding, type RenderedHtml } from "./layout";
import { incidentTone, maintenanceWindow, Updates } from "./page";

export type IncidentView = { branding: Branding; basePath: string; now: Date };

const back = (basePath: string) => html`<p><a href=${basePath || "/"}>← Current status</a></p>`;
const affected = (refs: { name: string }[]) =>
  refs.length ? html`<p>Affected components: ${refs.map((r) => r.name).join(", ")}</p>` : null;

export function renderIncidentPage(incident: PublicIncident, view: IncidentView): RenderedHtml {
  const tz = view.branding.timeZone;
  const main = html`${back(view.basePath)}
    <article class=${`card notice t-${incidentTone(incident)}`}>
      <h2>${incident.name}</h2>
      <p class="small">
        <strong class="tone-text">${UPDATE_STATUS_LABEL[incident.status]}</strong> · Impact:
        ${IMPACT_LABEL[SEVERITY_IMPACT[incident.severity]]} · Started ${" "}<time
          datetime=${incident.startedAt.toISOString()}
          >${formatDateTime(incident.startedAt, tz)}</time
        >
        ${incident.resolvedAt ? html` · Resolved <time datetime=${incident.resolvedAt.toISOString()}>${formatDateTime(incident.resolvedAt, tz)}</time>` : null}
      </p>
      ${affected(incident.components)}
      ${incident.updates.length ? Updates({ updates: incident.updates, timeZone: tz }) : html`<p>No updates yet; they will appear here.</p>`}
    </article>`;
  return renderFrame({
    branding: view.branding,
    basePath: view.basePath,
    title: `${incident.name} · ${view.branding.name} status`,
    description: `${incident.name}: ${UPDATE_STATUS_LABEL[incident.status]}.`,
    main,
  });
}

export function renderMaintenancePage(m: PublicMaintenance, view: IncidentView): RenderedHtml {
  const tz = view.branding.timeZone;
  const status = maintenanceStatus(m, view.now);
  const main = html`${back(view.basePath)}
    <article class="card notice t-maintenance">
      <h2>${m.name}</h2>
      <p class="small">
        <strong class="tone-text">${UPDATE_STATUS_LABEL[status]}</strong> · Scheduled ${maintenanceWindow(m, tz)}
      </p>
      ${affected(m.components)} ${Updates({ updates: m.updates, timeZone: tz })}
    </article>`;
  return renderFrame({
    branding: view.branding,
    basePath: view.basePath,
    title: `${m.name} · ${view.branding.name} status`,
    description: `Scheduled maintenance: ${m.name}.`,
    main,
  });
}

/** A short page in the page's colours: subscription results, confirmations, "not found". */
export function renderMessagePage(
  view: Omit<IncidentView, "now">,
  message: {
    title: string;
    lines: string[];
    form?: { action: string; button: string; fields: Record<string, string> };
  },
): RenderedHtml {
  const main = html`${back(view.basePath)}
    <div class="card">
      <h2>${message.title}</h2>
      ${message.lines.map((line) => html`<p>${line}</p>`)}
      ${
        message.form
          ? html`<form method="post" action=${message.form.action}>
              ${Object.entries(message.form.fields).map(([name, value]) => html`<input type="hidden" name=${name} value=${value} />`)}
              <button type="submit">${message.form.button}</button>
            </form>`
          : null
      }
    </div>`;
  return renderFrame({
    branding: view.branding,
    basePath: view.basePath,
    title: `${message.title} · ${view.branding.name} status`,
    description: message.title,
    main,
  });
}
