"use client";

import { useActionState, useState, type ReactNode } from "react";
import { Alert, Button } from "@/components/ui";
import { updateIncidentAction, type IncidentActionState } from "./actions";

type State = IncidentActionState & { attempted?: [string, string][] };
const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  status: "Status",
  severity: "Severity",
  private: "Private",
  startedAt: "Started",
  detectedAt: "Detected",
  acknowledgedAt: "Acknowledged",
  mitigatedAt: "Mitigated",
  resolvedAt: "Resolved",
};

/**
 * A form that changes the incident's own fields at the version the editor saw. If someone else
 * changed it first, the server refuses; this shows the current values next to the attempted
 * ones and lets the editor apply theirs anyway or keep the current ones.
 */
export function EditIncidentForm({
  org,
  id,
  version,
  className,
  children,
  onDone,
}: {
  org: string;
  id: string;
  version: number;
  className?: string;
  children: ReactNode;
  onDone?: () => void;
}) {
  const [state, action, pending] = useActionState(async (prev: State, form: FormData): Promise<State> => {
    const attempted = [...form.entries()]
      .filter(([k]) => k !== "version")
      .map(([k, v]): [string, string] => [k, String(v)]);
    const result = await updateIncidentAction(org, id, prev, form);
    if (result.ok) onDone?.();
    return { ...result, attempted };
  }, {} as State);
  const [dismissed, setDismissed] = useState<State | null>(null);
  const conflict = state.current && dismissed !== state ? state.current : null;
  return (
    <>
      <form action={action} className={className} aria-busy={pending}>
        <input type="hidden" name="version" value={version} />
        {children}
      </form>
      {conflict ? (
        <Alert
          tone="warn"
          role="alert"
          title="Someone else changed this incident first: your change was not applied"
          actions={
            <form action={action} className="row">
              <input type="hidden" name="version" value={String(conflict.version)} />
              {(state.attempted ?? []).map(([k, v], i) => (
                <input key={i} type="hidden" name={k} value={v} />
              ))}
              <Button type="submit" size="sm" variant="primary">
                Apply mine anyway
              </Button>
              <Button type="button" size="sm" onClick={() => setDismissed(state)}>
                Keep current
              </Button>
            </form>
          }
        >
          <ul data-testid="conflict-details">
            {(state.attempted ?? [])
              .filter(([k]) => k in FIELD_LABELS)
              .map(([k, v]) => (
                <li key={k}>
                  {FIELD_LABELS[k]}: now <strong>{String(conflict[k] ?? "—")}</strong>, yours <em>{v}</em>
                </li>
              ))}
          </ul>
        </Alert>
      ) : state.message && !state.ok ? (
        <Alert tone="critical">{state.message}</Alert>
      ) : null}
    </>
  );
}
