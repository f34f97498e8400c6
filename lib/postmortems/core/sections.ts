import { diffWordsWithSpace } from "diff";

// Per-section optimistic concurrency and version comparison. Pure: no I/O.

export type SectionState = { version: number; body: string; updatedBy: string | null; updatedAt: Date };

export type SaveDecision =
  | { kind: "unchanged" }
  | { kind: "save"; nextVersion: number }
  | { kind: "conflict"; yours: string; theirs: SectionState; baseVersion: number };

/**
 * A save names the version the writer started from. It lands when that is still the current
 * version; when someone saved since, it is refused with both texts so nobody's work is lost —
 * unless both wrote the same text, which is no conflict. Saving the current text is a no-op.
 */
export function decideSectionSave(current: SectionState, baseVersion: number, body: string): SaveDecision {
  if (body === current.body) return { kind: "unchanged" };
  if (baseVersion !== current.version) return { kind: "conflict", yours: body, theirs: current, baseVersion };
  return { kind: "save", nextVersion: current.version + 1 };
}

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Word-level comparison of two versions, whitespace kept so Markdown line breaks survive. */
export function compareVersions(from: string, to: string): DiffPart[] {
  return diffWordsWithSpace(from, to).map((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));
}

export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
  return parts.reduce(
    (acc, p) =>
      p.kind === "added"
        ? { ...acc, added: acc.added + words(p.text) }
        : p.kind === "removed"
          ? { ...acc, removed: acc.removed + words(p.text) }
          : acc,
    { added: 0, removed: 0 },
  );
}
