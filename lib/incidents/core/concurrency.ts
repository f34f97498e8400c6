// Optimistic concurrency helpers. Pure: no I/O.

/** Parses `If-Match: "7"` (or W/"7", or 7); null when absent or not a version. */
export function parseIfMatch(header: string | null | undefined): number | null {
  if (!header) return null;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return m?.[1] ? Number(m[1]) : null;
}

export const etagOf = (version: number) => `"${version}"`;

/** The fields whose values differ between what the editor saw and what is stored now. */
export function conflictingFields<T extends Record<string, unknown>>(changes: Partial<T>, current: T): (keyof T)[] {
  return (Object.keys(changes) as (keyof T)[]).filter((k) => !sameValue(changes[k], current[k]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}
