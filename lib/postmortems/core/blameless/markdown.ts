/**
 * Hide the parts of a Markdown document that are not narrative prose: fenced and indented
 * code blocks, code spans, HTML tags and code elements, comments, URLs and link targets.
 * The result has exactly the same length (UTF-16 code units) as the input, so offsets found
 * in it are offsets into the original; hidden characters become MASK, line breaks are kept.
 */
export const MASK = "\u0000";

function fill(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = MASK;
}

type Line = { start: number; end: number; text: string };

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

const FENCE_OPEN = /^( {0,3}(?:>[ ]?)*[ ]{0,3})(`{3,}|~{3,})(.*)$/u;
const BLANK = /^[ \t>]*$/u;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/u;
const INDENTED = /^(?: {4}|\t)/u;

function maskBlocks(text: string, chars: string[]): void {
  const ls = lines(text);
  let i = 0;
  let previousProse: "none" | "plain" | "list-or-indented" = "none";
  let blankBefore = true;
  while (i < ls.length) {
    const line = ls[i] as Line;
    const open = FENCE_OPEN.exec(line.text);
    if (open && !(open[2]?.startsWith("`") && open[3]?.includes("`"))) {
      const fence = open[2] as string;
      let j = i + 1;
      for (; j < ls.length; j++) {
        const close = /^ {0,3}(?:>[ ]?)*[ ]{0,3}(`{3,}|~{3,})[ \t]*$/u.exec((ls[j] as Line).text);
        if (close && close[1]?.[0] === fence[0] && (close[1]?.length ?? 0) >= fence.length) break;
      }
      const last = ls[Math.min(j, ls.length - 1)] as Line;
      fill(chars, line.start, last.end); // an unclosed fence runs to the end of the document
      i = j + 1;
      previousProse = "none";
      blankBefore = true;
      continue;
    }
    if (BLANK.test(line.text)) {
      blankBefore = true;
      i++;
      continue;
    }
    // Indented code: only after a blank line that follows ordinary prose (or the start),
    // so list-item continuations and nested lists are not mistaken for code.
    if (INDENTED.test(line.text) && blankBefore && previousProse !== "list-or-indented") {
      let j = i;
      let lastCode = i;
      for (; j < ls.length; j++) {
        const t = (ls[j] as Line).text;
        if (INDENTED.test(t)) lastCode = j;
        else if (!BLANK.test(t)) break;
      }
      fill(chars, line.start, (ls[lastCode] as Line).end);
      i = lastCode + 1;
      previousProse = "none";
      blankBefore = false;
      continue;
    }
    previousProse = LIST_ITEM.test(line.text) || INDENTED.test(line.text) ? "list-or-indented" : "plain";
    blankBefore = false;
    i++;
  }
}

/** Inline code spans: a run of n backticks closed by the next run of exactly n, within a paragraph. */
function maskCodeSpans(masked: string, chars: string[]): void {
  const runs = /`+/gu;
  let m: RegExpExecArray | null;
  while ((m = runs.exec(masked))) {
    const start = m.index;
    let backslashes = 0;
    for (let k = start - 1; k >= 0 && masked[k] === "\\"; k--) backslashes++;
    if (backslashes % 2 === 1) continue;
    const n = m[0].length;
    const paragraphEnd = /\n[ \t>]*\n/u.exec(masked.slice(start));
    const limit = paragraphEnd ? start + paragraphEnd.index : masked.length;
    const closer = /`+/gu;
    closer.lastIndex = start + n;
    let c: RegExpExecArray | null;
    let closedAt = -1;
    while ((c = closer.exec(masked)) && c.index < limit) {
      if (c[0].length === n) {
        closedAt = c.index + n;
        break;
      }
    }
    if (closedAt < 0) continue; // unmatched backticks are literal
    fill(chars, start, closedAt);
    runs.lastIndex = closedAt;
  }
}

const REGEX_MASKS: RegExp[] = [
  /<!--[\s\S]*?(?:-->|$)/gu, // HTML comments
  /<(code|pre|kbd|samp|script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, // code-like HTML elements
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu, // other HTML tags (their text stays)
  /<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>/gu, // autolinks
  /\]\([^)\s]*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/gu, // inline link / image targets
  /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gmu, // link reference definitions
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]/giu, // bare URLs
];

export function maskMarkdown(text: string): string {
  const chars = Array.from({ length: text.length }, (_, i) => text[i] as string);
  maskBlocks(text, chars);
  maskCodeSpans(chars.join(""), chars);
  for (const re of REGEX_MASKS) {
    const current = chars.join("");
    for (const m of current.matchAll(re)) fill(chars, m.index, m.index + m[0].length);
  }
  return chars.join("");
}
