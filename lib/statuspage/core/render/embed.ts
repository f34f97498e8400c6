// The embeddable widget: an iframe page and a script, both showing the overall status with a
// link to the page. Pure.
import { html } from "htm/preact";
import { render } from "preact-render-to-string";
import type { PageStatus } from "../status";
import { INDICATOR_TONE } from "./labels";
import { styleHash } from "./styles";

// Light and dark: the colours of the page's own stylesheet, kept small for the frame.
const EMBED_CSS =
  ":root{color-scheme:light dark;--fg:#1f2328;--ok:#1a7f37;--minor:#9a6700;--major:#bc4c00;--critical:#cf222e;--maintenance:#0969da}" +
  "@media (prefers-color-scheme:dark){:root{--fg:#f0f6fc;--ok:#3fb950;--minor:#d29922;--major:#db6d28;--critical:#f85149;--maintenance:#4493f8}}" +
  "body{margin:0;background:transparent;font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
  "a{display:inline-flex;align-items:center;gap:.45em;color:var(--fg);text-decoration:none;padding:.25em}a:hover{text-decoration:underline}" +
  ".dot{width:.7em;height:.7em;border-radius:50%;background:var(--tone)}" +
  ".t-ok{--tone:var(--ok)}.t-minor{--tone:var(--minor)}.t-major{--tone:var(--major)}.t-critical{--tone:var(--critical)}.t-maintenance{--tone:var(--maintenance)}";

/** For `<iframe src=".../embed">`: framable from any site, which is its purpose. */
export function renderEmbed(pageName: string, pageUrl: string, status: PageStatus): { html: string; csp: string } {
  const body = render(
    html`<html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${`${pageName} status`}</title>
        <style dangerouslySetInnerHTML=${{ __html: EMBED_CSS }}></style>
      </head>
      <body>
        <a
          href=${pageUrl}
          target="_blank"
          rel="noopener"
          class=${`t-${INDICATOR_TONE[status.indicator]}`}
          data-indicator=${status.indicator}
        >
          <span class="dot" aria-hidden="true"></span>${pageName}: ${status.description}
        </a>
      </body>
    </html>`,
  );
  return {
    html: `<!doctype html>${body}`,
    csp: `default-src 'none'; style-src ${styleHash(EMBED_CSS)}; base-uri 'none'; frame-ancestors *`,
  };
}

const WIDGET_COLOR: Record<string, string> = {
  ok: "#2da44e",
  minor: "#d29922",
  major: "#db6d28",
  critical: "#cf222e",
  maintenance: "#0969da",
};

// JSON.stringify leaves "<" alone; escaping it keeps a value from closing an inline <script>.
const js = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * `<script src=".../widget.js" async></script>` puts a link with the current status after itself.
 * The status is written into the script, which is cached and refreshed like the page.
 */
export function renderWidgetScript(pageName: string, pageUrl: string, status: PageStatus): string {
  const color = WIDGET_COLOR[INDICATOR_TONE[status.indicator]] ?? WIDGET_COLOR.ok;
  return `(function(){var d=document,s=d.currentScript;if(!s||!s.parentNode)return;var a=d.createElement("a");a.href=${js(pageUrl)};a.target="_blank";a.rel="noopener";a.setAttribute("data-vigil-status",${js(status.indicator)});a.style.cssText="display:inline-flex;align-items:center;gap:.45em;font:14px/1.4 system-ui,sans-serif;color:inherit;text-decoration:none";var i=d.createElement("span");i.setAttribute("aria-hidden","true");i.style.cssText="width:.7em;height:.7em;border-radius:50%;background:"+${js(color)};a.appendChild(i);a.appendChild(d.createTextNode(${js(`${pageName}: ${status.description}`)}));s.parentNode.insertBefore(a,s.nextSibling)})();\n`;
}
