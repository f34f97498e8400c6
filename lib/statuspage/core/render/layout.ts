// The frame every public status HTML page shares: head, brand header, footer, and the
// Content-Security-Policy that goes with it (hashes of the inline styles, no script at all).
import { html } from "htm/preact";
import type { VNode } from "preact";
import { render } from "preact-render-to-string";
import { STATUS_CSS, styleHash } from "./styles";
import { themeCss } from "./theme";

export type Branding = {
  name: string;
  logoUrl: string | null;
  supportUrl: string | null;
  timeZone: string;
  brandColor: string;
  backgroundColor: string;
};

export type RenderedHtml = { html: string; csp: string };

export type Frame = {
  branding: Branding;
  /** "/status/acme" on Vigil's host, "" on the page's own host name. */
  basePath: string;
  title: string;
  description: string;
  main: VNode;
};

const baseHref = (basePath: string) => basePath || "/";

function TopBar({ branding, basePath }: Pick<Frame, "branding" | "basePath">) {
  return html`<header class="top">
    <div class="wrap">
      <h1>
        ${branding.logoUrl ? html`<img src=${branding.logoUrl} alt="" height="40" />` : null}
        <a href=${baseHref(basePath)}>${branding.name}</a>
      </h1>
      <nav aria-label="Status page">
        <a href=${`${baseHref(basePath)}#subscribe`}>Subscribe to updates</a>
        ${branding.supportUrl ? html`<a href=${branding.supportUrl} rel="noopener">Support</a>` : null}
      </nav>
    </div>
  </header>`;
}

function Footer({ basePath }: { basePath: string }) {
  return html`<footer>
    <div class="wrap">
      <nav aria-label="Feeds and API">
        <a href=${`${basePath}/history.atom`}>Atom feed</a>
        <a href=${`${basePath}/history.rss`}>RSS feed</a>
        <a href=${`${basePath}/api/v2/summary.json`}>JSON API</a>
      </nav>
      <span>Powered by Vigil</span>
    </div>
  </footer>`;
}

export function renderFrame(frame: Frame): RenderedHtml {
  const theme = themeCss(frame.branding.brandColor, frame.branding.backgroundColor);
  const body = render(
    html`<html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${frame.title}</title>
        <meta name="description" content=${frame.description} />
        <link
          rel="alternate"
          type="application/atom+xml"
          title=${`${frame.branding.name} status (Atom)`}
          href=${`${frame.basePath}/history.atom`}
        />
        <link
          rel="alternate"
          type="application/rss+xml"
          title=${`${frame.branding.name} status (RSS)`}
          href=${`${frame.basePath}/history.rss`}
        />
        <style dangerouslySetInnerHTML=${{ __html: STATUS_CSS }}></style>
        <style dangerouslySetInnerHTML=${{ __html: theme }}></style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        ${TopBar(frame)}
        <main id="main" class="wrap">${frame.main}</main>
        ${Footer(frame)}
      </body>
    </html>`,
  );
  const csp = [
    "default-src 'none'",
    `style-src ${styleHash(STATUS_CSS)} ${styleHash(theme)}`,
    "img-src * data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { html: `<!doctype html>${body}`, csp };
}
