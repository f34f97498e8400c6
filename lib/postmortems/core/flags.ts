import { checkBlameless, type Flag } from "./blameless";

// Blameless flags per section and whether each has been dismissed. Pure: no I/O; the editor
// runs the same code in the browser as the server runs before publishing.

export type Dismissal = { sectionKey: string; rule: string; excerpt: string; reason: string; dismissedBy: string };
export type SectionFlag = Flag & { sectionKey: string; excerpt: string; dismissal: Dismissal | null };

/** The flagged words, normalised so a dismissal survives edits elsewhere in the section. */
export const excerptOf = (text: string, flag: Pick<Flag, "start" | "end">) =>
  text.slice(flag.start, flag.end).replace(/\s+/gu, " ").trim().toLowerCase();

export function sectionFlags(
  sectionKey: string,
  body: string,
  dismissals: readonly Dismissal[],
  people: readonly string[],
): SectionFlag[] {
  return checkBlameless(body, { people: [...people] }).map((flag) => {
    const excerpt = excerptOf(body, flag);
    const dismissal =
      dismissals.find((d) => d.sectionKey === sectionKey && d.rule === flag.rule && d.excerpt === excerpt) ?? null;
    return { ...flag, sectionKey, excerpt, dismissal };
  });
}

/** Flags neither fixed nor dismissed, over all sections: publishing waits until there are none. */
export function outstandingFlags(
  sections: readonly { key: string; body: string }[],
  dismissals: readonly Dismissal[],
  people: readonly string[],
): SectionFlag[] {
  return sections.flatMap((s) => sectionFlags(s.key, s.body, dismissals, people)).filter((f) => !f.dismissal);
}
