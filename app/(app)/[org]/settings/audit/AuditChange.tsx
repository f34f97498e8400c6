// Before and after, folded away so the table stays scannable.
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="muted">—</span>;
  return (
    <details>
      <summary>Show</summary>
      <div className="grid">
        {before != null ? (
          <div>
            <strong>Before</strong>
            <pre className="mono">{JSON.stringify(before, null, 2)}</pre>
          </div>
        ) : null}
        {after != null ? (
          <div>
            <strong>After</strong>
            <pre className="mono">{JSON.stringify(after, null, 2)}</pre>
          </div>
        ) : null}
      </div>
    </details>
  );
}
