import { maskMarkdown } from "./markdown";
import {
  compilePattern,
  literalSource,
  lowerSameLength,
  MENTION,
  parsePattern,
  precededBySource,
  type PatternElement,
} from "./pattern";
import { DEFAULT_RULES } from "./rules";
import { ruleSetSchema, type CheckOptions, type Flag, type Rule } from "./types";

type ParsedRule = { rule: Rule; index: number; patterns: PatternElement[][]; unless: PatternElement[][] };
type CompiledRule = { parsed: ParsedRule; regexes: RegExp[]; unless: RegExp | null };
type CacheEntry = { parsed: ParsedRule[]; compiled: Map<string, CompiledRule[]> };

// Rule sets are validated and parsed once; compiled regexes are kept per list of people
// (a few lists per rule set: the editor re-checks the same incident on every keystroke).
const cache = new WeakMap<readonly Rule[], CacheEntry>();
const MAX_PEOPLE_LISTS = 16;

function entryFor(rules: readonly Rule[]): CacheEntry {
  let entry = cache.get(rules);
  if (!entry) {
    const valid = ruleSetSchema.parse(rules);
    entry = {
      parsed: valid.map((rule, index) => ({
        rule,
        index,
        patterns: rule.patterns.map(parsePattern),
        unless: (rule.unlessPrecededBy ?? []).map(parsePattern),
      })),
      compiled: new Map(),
    };
    cache.set(rules, entry);
  }
  return entry;
}

/** Names to match: each name as given and, for "Carol Danvers", the first name "Carol" too. */
function personSource(people: readonly string[]): string {
  const names = new Set<string>();
  for (const raw of people) {
    const name = raw.trim().replace(/^@+/u, "");
    if (!name) continue;
    names.add(lowerSameLength(name));
    const first = name.split(/\s+/u)[0];
    if (first && first !== name && first.length >= 2) names.add(lowerSameLength(first));
  }
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return `(?:${[MENTION, ...sorted.map(literalSource)].join("|")})`;
}

function compiledFor(entry: CacheEntry, people: readonly string[]): CompiledRule[] {
  const key = JSON.stringify(people);
  let compiled = entry.compiled.get(key);
  if (!compiled) {
    const ctx = { person: personSource(people) };
    compiled = entry.parsed.map((parsed) => ({
      parsed,
      regexes: parsed.patterns.map((p) => compilePattern(p, ctx)),
      unless: parsed.unless.length ? precededBySource(parsed.unless, ctx) : null,
    }));
    if (entry.compiled.size >= MAX_PEOPLE_LISTS) entry.compiled.clear();
    entry.compiled.set(key, compiled);
  }
  return compiled;
}

const SENTENCE_BREAK = /[.!?](?=[\s"'’”)\]*_]|$)|\n[ \t>]*\n/gu;

/** The text of the same sentence before offset, at most 160 characters. */
function sentencePrefix(masked: string, offset: number): string {
  const from = Math.max(0, offset - 160);
  const window = masked.slice(from, offset);
  let cut = 0;
  for (const m of window.matchAll(SENTENCE_BREAK)) cut = m.index + m[0].length;
  return window.slice(cut);
}

function matchCase(replacement: string, original: string): string {
  const first = original[0];
  if (first && first !== first.toLowerCase() && replacement)
    return replacement[0]?.toUpperCase() + replacement.slice(1);
  return replacement;
}

type Candidate = Flag & { order: number };

/**
 * Flag blaming language in post-mortem Markdown. Offsets are UTF-16 code units into `text`.
 * Code blocks, code spans, HTML and URLs are ignored. Overlapping matches are resolved by
 * keeping the longest (then the earliest rule in the rule list); results are sorted by start.
 * Throws a ZodError when `options.rules` is not a valid rule set.
 */
export function checkBlameless(text: string, options: CheckOptions = {}): Flag[] {
  const rules = options.rules ?? DEFAULT_RULES;
  const compiled = compiledFor(entryFor(rules), options.people ?? []);
  const masked = lowerSameLength(maskMarkdown(text));
  const candidates: Candidate[] = [];

  for (const { parsed, regexes, unless } of compiled) {
    const { rule } = parsed;
    for (const re of regexes) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(masked))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const span = m.indices?.groups?.["hl"] ?? m.indices?.[0];
        if (!span || span[1] <= span[0]) continue;
        const [start, end] = span;
        if (unless && unless.test(sentencePrefix(masked, start))) continue;
        const flag: Candidate = {
          start,
          end,
          rule: rule.id,
          kind: rule.kind,
          message: rule.message,
          suggestion: rule.suggestion,
          order: parsed.index,
        };
        if (rule.replacement !== undefined) flag.replacement = matchCase(rule.replacement, text.slice(start, end));
        candidates.push(flag);
      }
    }
  }

  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept.map(({ order: _order, ...flag }) => flag);
}
