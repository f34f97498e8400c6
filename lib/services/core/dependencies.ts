// The service dependency graph. Pure: no I/O.
export type Edge = { serviceId: string; dependencyId: string };

/**
 * The first dependency that would close a cycle if `serviceId` depended on `dependencyIds`
 * (itself included), with the path that proves it, or null. A cycle would make "what breaks
 * if this breaks" endless, so it is refused.
 */
export function cycleThrough(
  edges: readonly Edge[],
  serviceId: string,
  dependencyIds: readonly string[],
): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.serviceId, [...(next.get(e.serviceId) ?? []), e.dependencyId]);
  for (const start of dependencyIds) {
    // Depth-first from the new dependency: reaching serviceId again closes a cycle.
    const stack: string[][] = [[serviceId, start]];
    const seen = new Set<string>();
    while (stack.length) {
      const path = stack.pop()!;
      const node = path[path.length - 1]!;
      if (node === serviceId) return path;
      if (seen.has(node)) continue;
      seen.add(node);
      for (const d of next.get(node) ?? []) stack.push([...path, d]);
    }
  }
  return null;
}
