import type { FigureExplain } from "@/lib/slo/core/types";

/** "How was this computed": the formula, its inputs and the value, collapsed by default. */
export function Explain({ figure }: { figure: FigureExplain }) {
  return (
    <details>
      <summary>How was this computed?</summary>
      <p>
        <code>{figure.formula}</code>
      </p>
      <dl>
        {Object.entries(figure.inputs).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{typeof v === "number" && v > 1e12 ? `${new Date(v).toISOString()} (${v})` : String(v)}</dd>
          </div>
        ))}
        <dt>value</dt>
        <dd>{figure.value === null ? `none (${figure.nullReason ?? "n/a"})` : String(figure.value)}</dd>
      </dl>
      {figure.note ? <p>{figure.note}</p> : null}
    </details>
  );
}

/** The burn rates, thresholds and windows an alert episode stored when it fired and when it resolved. */
export function AlertFigures({ figures }: { figures: unknown }) {
  const phases = figures && typeof figures === "object" ? Object.entries(figures as Record<string, unknown>) : [];
  if (!phases.length) return null;
  return (
    <details>
      <summary>Figures</summary>
      {phases.map(([phase, values]) => (
        <dl key={phase} aria-label={`When it ${phase}`}>
          <dt>{phase}</dt>
          <dd>
            {values && typeof values === "object"
              ? Object.entries(values as Record<string, unknown>)
                  .map(([k, v]) => `${k}: ${v === null ? "—" : String(v)}`)
                  .join("; ")
              : String(values)}
          </dd>
        </dl>
      ))}
    </details>
  );
}
