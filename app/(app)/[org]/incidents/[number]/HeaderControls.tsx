"use client";

import { useState } from "react";
import { Button, Field, Input } from "@/components/ui";
import { EditIncidentForm } from "./EditIncidentForm";
import type { IncidentView } from "./types";
import styles from "./IncidentRoom.module.css";

const STATUSES = [
  ["investigating", "Investigating"],
  ["identified", "Identified"],
  ["monitoring", "Monitoring"],
  ["resolved", "Resolved"],
] as const;

/** One click per status or severity; the current one is pressed. */
export function StatusSeverityControls({
  org,
  incident,
  canWrite,
}: {
  org: string;
  incident: IncidentView;
  canWrite: boolean;
}) {
  if (!canWrite) return null;
  return (
    <div className={styles.controls}>
      <EditIncidentForm org={org} id={incident.id} version={incident.version} className={styles.segmented}>
        <span className={styles.controlLabel}>Status</span>
        {STATUSES.map(([value, label]) => (
          <Button
            key={value}
            type="submit"
            size="sm"
            name="status"
            value={value}
            variant={incident.status === value ? "primary" : "secondary"}
            aria-pressed={incident.status === value}
            disabled={incident.status === value}
          >
            {incident.status === "resolved" && value !== "resolved" ? `Reopen: ${label}` : label}
          </Button>
        ))}
      </EditIncidentForm>
      <EditIncidentForm org={org} id={incident.id} version={incident.version} className={styles.segmented}>
        <span className={styles.controlLabel}>Severity</span>
        {incident.severities.map((s) => (
          <Button
            key={s.severity}
            type="submit"
            size="sm"
            name="severity"
            value={s.severity}
            title={s.description}
            variant={incident.severity === s.severity ? "primary" : "secondary"}
            aria-pressed={incident.severity === s.severity}
            disabled={incident.severity === s.severity}
          >
            {s.severity}
          </Button>
        ))}
      </EditIncidentForm>
    </div>
  );
}

/**
 * Editing the title keeps the version from when editing began: if someone changes the incident
 * meanwhile, saving is refused with their value shown rather than silently overwriting it.
 */
export function TitleEditor({ org, incident, canWrite }: { org: string; incident: IncidentView; canWrite: boolean }) {
  const [editingAt, setEditingAt] = useState<number | null>(null);
  if (!canWrite) return null;
  if (editingAt === null)
    return (
      <Button size="sm" variant="ghost" onClick={() => setEditingAt(incident.version)}>
        Edit title
      </Button>
    );
  return (
    <EditIncidentForm org={org} id={incident.id} version={editingAt} className="row" onDone={() => setEditingAt(null)}>
      <Field label="Title">
        <Input name="title" defaultValue={incident.title} required autoFocus />
      </Field>
      <Button type="submit" size="sm" variant="primary">
        Save title
      </Button>
      <Button type="button" size="sm" onClick={() => setEditingAt(null)}>
        Cancel
      </Button>
    </EditIncidentForm>
  );
}
