// The public status page's whole stylesheet, inlined (no extra request, no JavaScript). Light and
// dark follow the reader's system; status colours are GitHub Primer's, which meet WCAG AA as
// text on both backgrounds. Tooltips are CSS only (:hover); their text is there for screen
// readers too. The bars' markup is kept terse: a page has 90 of them per component.
import { createHash } from "node:crypto";

export const STATUS_CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--card:#ffffff;--line:#d1d9e0;--ok:#1a7f37;--minor:#9a6700;--major:#bc4c00;--critical:#cf222e;--maintenance:#0969da;--none:#d1d9e0;--bar-ok:#2da44e}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#f0f6fc;--muted:#9198a1;--card:#151b23;--line:#3d444d;--ok:#3fb950;--minor:#d29922;--major:#db6d28;--critical:#f85149;--maintenance:#4493f8;--none:#3d444d;--bar-ok:#2ea043}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:inherit;text-underline-offset:.15em}
a:focus-visible,summary:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;z-index:10;background:var(--card);padding:.5rem 1rem}
.wrap{max-width:52rem;margin:0 auto;padding:0 1rem}
header.top{background:var(--brand);color:var(--on-brand)}
header.top .wrap{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-height:4.5rem;flex-wrap:wrap;padding-block:.75rem}
header.top h1{font-size:1.375rem;margin:0;display:flex;align-items:center;gap:.75rem}
header.top img{max-height:2.5rem;max-width:12rem}
header.top nav{display:flex;gap:1rem;font-size:.9375rem}
main.wrap{padding-top:1.5rem;padding-bottom:3rem}
section{margin-top:2rem}
h2{font-size:1.125rem;margin:0 0 .75rem}
h3{font-size:1rem;margin:0}
.muted{color:var(--muted)}
.small{font-size:.875rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem}
.banner{display:flex;align-items:center;gap:.75rem;font-size:1.25rem;font-weight:600;border-left:.5rem solid var(--tone)}
.banner p{margin:0}
.dot{display:inline-block;width:.75em;height:.75em;border-radius:50%;background:var(--tone);flex:none}
.t-ok{--tone:var(--ok)}.t-minor{--tone:var(--minor)}.t-major{--tone:var(--major)}.t-critical{--tone:var(--critical)}.t-maintenance{--tone:var(--maintenance)}.t-none{--tone:var(--none)}
.tone-text{color:var(--tone);font-weight:600}
.notice{border-left:.375rem solid var(--tone);margin-bottom:1rem}
.notice h3 a{text-decoration:none}.notice h3 a:hover{text-decoration:underline}
.updates{list-style:none;margin:.5rem 0 0;padding:0}
.updates li{margin-top:.625rem}
.updates p{margin:.125rem 0;white-space:pre-line;overflow-wrap:anywhere}
.components{list-style:none;margin:0;padding:0;border:1px solid var(--line);border-radius:.5rem;background:var(--card)}
.components>li{padding:1rem;border-top:1px solid var(--line)}
.components>li:first-child{border-top:0}
.row{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;flex-wrap:wrap}
.name{font-weight:600}
.status{display:inline-flex;align-items:center;gap:.4rem;font-size:.9375rem}
details.group>summary{cursor:pointer;list-style-position:outside}
details.group ul{list-style:none;margin:.75rem 0 0;padding:0 0 0 1rem;border-left:2px solid var(--line)}
details.group ul>li{padding:.5rem 0}
.bars{display:flex;gap:2px;list-style:none;margin:.625rem 0 .25rem;padding:0;height:2.25rem}
.bars li{flex:1;position:relative;border-radius:2px;background:var(--bar)}
.bars li.b-ok{--bar:var(--bar-ok)}.bars li.b-minor{--bar:var(--minor)}.bars li.b-major{--bar:var(--major)}.bars li.b-critical{--bar:var(--critical)}.bars li.b-none{--bar:var(--none)}
.bars li:hover{outline:2px solid var(--fg);outline-offset:1px}
.bars span{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.bars li:hover span{clip:auto;width:auto;height:auto;overflow:visible;bottom:calc(100% + .5rem);left:50%;transform:translateX(-50%);z-index:5;background:var(--card);color:var(--fg);border:1px solid var(--line);border-radius:.375rem;padding:.5rem .625rem;font-size:.8125rem;line-height:1.4;white-space:normal;width:15rem;box-shadow:0 4px 12px rgba(0,0,0,.18)}
.bars li:nth-child(-n+12):hover span{left:0;transform:none}
.bars li:nth-last-child(-n+12):hover span{left:auto;right:0;transform:none}
.bars b{display:block}
.legend{display:flex;justify-content:space-between;font-size:.8125rem;color:var(--muted)}
.legend .short{display:none}
@media (max-width:40rem){.bars li:nth-child(-n+60){display:none}.legend .long{display:none}.legend .short{display:inline}header.top h1{font-size:1.125rem}}
.days{list-style:none;margin:0;padding:0}
.days>li{padding:.875rem 0;border-bottom:1px solid var(--line)}
.days h3{margin-bottom:.25rem}
.days article{margin-top:.5rem}
.days article h4{margin:0;font-size:1rem}
form.subscribe{display:grid;gap:.75rem;margin-top:.75rem}
fieldset{border:1px solid var(--line);border-radius:.375rem;margin:0;padding:.5rem .75rem}
label{display:block;font-weight:600}
input[type=email],input[type=url]{display:block;width:100%;max-width:28rem;margin-top:.25rem;padding:.5rem .625rem;font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:.375rem}
fieldset label{font-weight:400;display:flex;gap:.5rem;align-items:center}
button{font:inherit;font-weight:600;padding:.5rem 1rem;border-radius:.375rem;border:0;background:var(--brand);color:var(--on-brand);cursor:pointer;justify-self:start}
details.sub>summary{cursor:pointer;font-weight:600}
footer{border-top:1px solid var(--line);padding:1.5rem 0 2.5rem;font-size:.875rem;color:var(--muted)}
footer .wrap{display:flex;gap:1rem;flex-wrap:wrap;justify-content:space-between}
footer nav{display:flex;gap:1rem;flex-wrap:wrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
  .trim()
  .replace(/\n/g, "");

/** A CSP source for an inline <style> block: the page needs no nonce, so it can be cached. */
export const styleHash = (css: string) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
