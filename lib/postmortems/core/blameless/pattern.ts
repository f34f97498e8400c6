/**
 * The rule pattern language. Rules are data, so their patterns are written in a small,
 * safe language rather than raw regular expressions: an organisation can add rules
 * without being able to write a catastrophically backtracking regex, and every pattern
 * is matched on word boundaries the same way.
 *
 *   careless            a word (case-insensitive, whole word; ' also matches ’)
 *   should have known   words in sequence, separated by whitespace (at most one line
 *                       break, so a match never crosses a paragraph) or *, _, ~ emphasis
 *   (a|b c)             alternatives
 *   x?  x*  x+          optional, zero to 6, one to 6 (quantifiers attach with no space)
 *   !x                  negative look-ahead: not followed by x ("failed !(over|back)")
 *   [ … ]               the part to flag (at most one; default: the whole match)
 *   ,  ;  :             punctuation, which may follow the previous item without a space
 *   {person}            a known person (CheckOptions.people) or an @mention
 *   {word}              any single word
 *   {*ed}               any word ending in "ed" (any letters after the *)
 *   {start}             the start of a sentence, line or list item (matches no text)
 */

export class PatternError extends Error {
  constructor(message: string, pattern: string, at?: number) {
    super(at === undefined ? `${message} in pattern "${pattern}"` : `${message} at ${at} in pattern "${pattern}"`);
    this.name = "PatternError";
  }
}

export type Quantifier = "?" | "*" | "+";

export type PatternNode =
  | { type: "word"; text: string }
  | { type: "punct"; text: string }
  | { type: "person" }
  | { type: "any-word" }
  | { type: "suffix"; suffix: string }
  | { type: "start" }
  | { type: "group"; alternatives: PatternElement[][] }
  | { type: "highlight"; sequence: PatternElement[] };

export type PatternElement = { node: PatternNode; quantifier?: Quantifier; negated?: boolean };

type Token =
  | { kind: "word" | "punct" | "brace"; text: string; at: number; spaceBefore: boolean }
  | { kind: "(" | ")" | "|" | "[" | "]" | "!" | "?" | "*" | "+"; text: string; at: number; spaceBefore: boolean };

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const SINGLE = new Set(["(", ")", "|", "[", "]", "!", "?", "*", "+"]);

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = true;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (/\s/u.test(ch)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const at = i;
    if (SINGLE.has(ch)) {
      tokens.push({ kind: ch as "(", text: ch, at, spaceBefore });
      i++;
    } else if (ch === "{") {
      const close = pattern.indexOf("}", i);
      if (close < 0) throw new PatternError("Unclosed {", pattern, at);
      tokens.push({ kind: "brace", text: pattern.slice(i + 1, close).trim(), at, spaceBefore });
      i = close + 1;
    } else if (ch === "," || ch === ";" || ch === ":") {
      tokens.push({ kind: "punct", text: ch, at, spaceBefore });
      i++;
    } else if (WORD_CHAR.test(ch)) {
      let j = i;
      while (j < pattern.length && WORD_CHAR.test(pattern[j] as string)) j++;
      tokens.push({ kind: "word", text: pattern.slice(i, j), at, spaceBefore });
      i = j;
    } else {
      throw new PatternError(`Unexpected character "${ch}"`, pattern, at);
    }
    spaceBefore = false;
  }
  return tokens;
}

/** Whether an element always consumes at least one character. */
function consumes(el: PatternElement): boolean {
  if (el.negated || el.quantifier === "?" || el.quantifier === "*") return false;
  const n = el.node;
  switch (n.type) {
    case "start":
      return false;
    case "group":
      return n.alternatives.every(sequenceConsumes);
    case "highlight":
      return sequenceConsumes(n.sequence);
    default:
      return true;
  }
}

function sequenceConsumes(seq: PatternElement[]): boolean {
  return seq.some(consumes);
}

/** Parse a pattern; throws PatternError with a readable message when it is malformed. */
export function parsePattern(pattern: string): PatternElement[] {
  const tokens = tokenize(pattern);
  let pos = 0;
  let highlights = 0;

  const peek = (): Token | undefined => tokens[pos];
  const fail = (message: string, tok?: Token): never => {
    throw new PatternError(message, pattern, tok?.at);
  };

  function parseAtom(): PatternNode {
    const tok = peek();
    if (!tok) return fail("Unexpected end");
    pos++;
    switch (tok.kind) {
      case "word":
        if (/^['’-]*$/u.test(tok.text)) fail(`"${tok.text}" is not a word`, tok);
        return { type: "word", text: tok.text };
      case "punct":
        return { type: "punct", text: tok.text };
      case "brace": {
        if (tok.text === "person") return { type: "person" };
        if (tok.text === "word") return { type: "any-word" };
        if (tok.text === "start") return { type: "start" };
        const suffix = /^\*([\p{L}\p{N}]+)$/u.exec(tok.text);
        if (suffix) return { type: "suffix", suffix: suffix[1] as string };
        return fail(`Unknown placeholder {${tok.text}} (use {person}, {word}, {start} or {*suffix})`, tok);
      }
      case "(": {
        const alternatives: PatternElement[][] = [parseSequence(true)];
        while (peek()?.kind === "|") {
          pos++;
          alternatives.push(parseSequence(true));
        }
        if (peek()?.kind !== ")") fail("Unclosed (", tok);
        pos++;
        for (const alt of alternatives) if (!sequenceConsumes(alt)) fail("An alternative can match nothing", tok);
        return { type: "group", alternatives };
      }
      default:
        return fail(`Unexpected "${tok.text}"`, tok);
    }
  }

  function parseSequence(inGroup: boolean): PatternElement[] {
    const seq: PatternElement[] = [];
    for (;;) {
      const tok = peek();
      if (!tok || tok.kind === ")" || tok.kind === "|" || tok.kind === "]") break;
      if (tok.kind === "!") {
        pos++;
        const next = peek();
        if (!next || next.kind === "[" || next.kind === "!") fail("! must be followed by a word or group", tok);
        const node = parseAtom();
        if (node.type === "start") fail("{start} cannot be negated", tok);
        const q = peek();
        if (q && (q.kind === "?" || q.kind === "*" || q.kind === "+") && !q.spaceBefore)
          fail("A negated item cannot have a quantifier", q);
        seq.push({ node, negated: true });
        continue;
      }
      if (tok.kind === "[") {
        if (inGroup) fail("[ ] cannot be inside ( )", tok);
        if (highlights++ > 0) fail("Only one [ ] is allowed", tok);
        pos++;
        const sequence = parseSequence(true);
        if (peek()?.kind !== "]") fail("Unclosed [", tok);
        pos++;
        if (!sequenceConsumes(sequence)) fail("[ ] must contain something that always matches text", tok);
        seq.push({ node: { type: "highlight", sequence } });
        continue;
      }
      const node = parseAtom();
      const q = peek();
      if (q && (q.kind === "?" || q.kind === "*" || q.kind === "+") && !q.spaceBefore) {
        if (node.type === "start") fail("{start} cannot have a quantifier", q);
        pos++;
        seq.push({ node, quantifier: q.kind });
      } else {
        seq.push({ node });
      }
    }
    return seq;
  }

  const seq = parseSequence(false);
  const rest = peek();
  if (rest) fail(`Unexpected "${rest.text}"`, rest);
  if (!sequenceConsumes(seq)) fail("The pattern can match nothing");
  return seq;
}

// ---------------------------------------------------------------------------------------
// Compilation to a regular expression (flags "dgu"). Matching is case-insensitive because
// patterns are lower-cased here and the caller lower-cases the text (length-preserving), which
// spares V8 from case-folding every character class. The caller must use lowerSameLength.

/**
 * Letters and digits for word boundaries and {word}. Deliberately not \p{L}\p{N}: V8 expands
 * those Unicode classes at every use, which made compiling the default rules take ~400 ms
 * (about 20 ms with these ranges). Letters outside them count as non-letters.
 * These ranges cover Latin (with extensions), Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Indic, Thai, Georgian, kana, CJK and Hangul; the text is lower-cased before matching.
 */
const L = String.raw`0-9a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u064a\u0660-\u0669\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af`;
/** Between two items: spaces/emphasis markers with at most one line break (no paragraph crossing). */
export const SEP = String.raw`[ \t\u00a0*_~]*(?:\r?\n[ \t\u00a0*_~>]*)?`;
const WORD_START = String.raw`(?<![${L}@#]|[${L}][_'’-])`;
const WORD_END = String.raw`(?![${L}]|[_-][${L}])`;
const ANY_WORD_START = String.raw`(?<![${L}_'’@.-])`;
const ANY_WORD_END = String.raw`(?![${L}_]|['’-][${L}])`;
export const MENTION = String.raw`(?<![${L}_.@/-])@[${L}_](?:[${L}_.-]*[${L}_])?(?![${L}_])`;
const ANY_WORD = String.raw`${ANY_WORD_START}(?:@[${L}_](?:[${L}_.-]*[${L}_])?|[${L}](?:[${L}_'’-]*[${L}])?)${ANY_WORD_END}`;
const LINE_LEAD = String.raw`[ \t>]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+)?`;
const OPENERS = String.raw`[*_"'“‘(\[]*`;
const START = String.raw`(?<=(?:^${LINE_LEAD}|\n${LINE_LEAD}|[.!?…]["'’”)\]*_]*\s+|[:;]\s+)${OPENERS})`;
const MAX_REPEAT = 6;

/**
 * Lower-case without changing UTF-16 length (so offsets survive): characters whose lower
 * case has a different length, such as "İ", are left as they are.
 */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
}

/** A literal (word or phrase) as regex source: apostrophes match ' or ’, spaces match SEP. */
export function literalSource(text: string): string {
  const parts = text
    .trim()
    .split(/\s+/u)
    .map((w) => escapeRegex(lowerSameLength(w)).replace(/['’]/gu, "['’]"));
  const body = parts.join(SEP);
  const lead = /^['’]/u.test(text.trim()) ? "" : WORD_START;
  return `${lead}${body}${WORD_END}`;
}

export type CompileContext = { person: string };

function nodeSource(node: PatternNode, ctx: CompileContext): string {
  switch (node.type) {
    case "word":
      return literalSource(node.text);
    case "punct":
      return escapeRegex(node.text);
    case "person":
      return ctx.person;
    case "any-word":
      return ANY_WORD;
    case "suffix":
      return String.raw`${ANY_WORD_START}[${L}](?:[${L}_'’-]*[${L}])?${escapeRegex(lowerSameLength(node.suffix))}${ANY_WORD_END}`;
    case "start":
      return START;
    case "group":
      return `(?:${node.alternatives.map((alt) => sequenceSource(alt, ctx)).join("|")})`;
    case "highlight":
      return `(?<hl>${sequenceSource(node.sequence, ctx)})`;
  }
}

/**
 * Items before the first always-present item carry their separator after them, items after
 * it carry it before them, so a match never starts or ends with whitespace.
 */
function sequenceSource(seq: PatternElement[], ctx: CompileContext): string {
  let out = "";
  let anchored = false; // an always-present item has been emitted
  for (const el of seq) {
    const e = nodeSource(el.node, ctx);
    if (el.node.type === "start") {
      out += e;
      continue;
    }
    if (el.negated) {
      out += anchored ? `(?!${SEP}${e})` : `(?!${e})`;
      continue;
    }
    switch (el.quantifier) {
      case "?":
        out += anchored ? `(?:${SEP}${e})?` : `(?:${e}${SEP})?`;
        break;
      case "*":
        out += anchored ? `(?:${SEP}${e}){0,${MAX_REPEAT}}` : `(?:${e}${SEP}){0,${MAX_REPEAT}}`;
        break;
      case "+":
        out += anchored ? `(?:${SEP}${e}){1,${MAX_REPEAT}}` : `${e}(?:${SEP}${e}){0,${MAX_REPEAT - 1}}`;
        anchored = true;
        break;
      default:
        out += anchored ? `${SEP}${e}` : e;
        anchored = anchored || consumes(el);
    }
  }
  return out;
}

/** Compile a parsed pattern; the flagged span is group "hl" when the pattern has [ ]. */
export function compilePattern(seq: PatternElement[], ctx: CompileContext): RegExp {
  return new RegExp(sequenceSource(seq, ctx), "dgu");
}

/**
 * "Is the text just before a flag (within the same sentence) one of these phrases, followed
 * by up to four more words?" Used for exceptions such as "no one is to blame".
 */
export function precededBySource(seqs: PatternElement[][], ctx: CompileContext): RegExp {
  const alts = seqs.map((s) => sequenceSource(s, ctx)).join("|");
  return new RegExp(`(?:${alts})(?:${SEP}${ANY_WORD}){0,4}${SEP}$`, "u");
}
