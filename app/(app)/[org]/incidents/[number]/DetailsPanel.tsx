"use client";

import { useState } from "react";
import { Button, Card, Checkbox, Field, Input } from "@/components/ui";
import { EditIncidentForm } from "./EditIncidentForm";
import type { IncidentView, Member } from "./types";

const MOMENTS = [
  ["startedAt", "Started"],
  ["detectedAt", "Detected"],
  ["acknowledgedAt", "Acknowledged"],
  ["mitigatedAt", "Mitigated"],
  ["resolvedAt", "Resolved"],
] as const;

// datetime-local has no zone: show and read it in the browser's own.
const toLocal = (iso: string | null) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function MomentInput({ field, label, value }: { field: string; label: string; value: string | null }) {
  const [local, setLocal] = useState(toLocal(value));
  return (
    <>
      <Field label={label}>
        <Input type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} />
      </Field>
      <input type="hidden" name={field} value={local ? new Date(local).toISOString() : ""} />
    </>
  );
}

/** Response moments (edited afterwards, recorded on the timeline), services and private access. */
export function DetailsPanel({
  org,
  incident,
  members,
  services,
  canWrite,
}: {
  org: string;
  incident: IncidentView;
  members: Member[];
  services: { id: string; name: string }[];
  canWrite: boolean;
}) {
  const [editing, setEditing] = useState<number | null>(null);
  const chosen = new Set(incident.services.map((s) => s.service.id));
  const listed = new Set(incident.access.map((a) => a.user.id));
  if (editing === null) {
    return (
      <Card
        title="Details"
        actions={
          canWrite ? (
            <Button size="sm" variant="ghost" onClick={() => setEditing(incident.version)}>
              Edit details
            </Button>
          ) : null
        }
      >
        <dl className="facts">
          {MOMENTS.map(([field, label]) => {
            const v = incident[field as keyof IncidentView] as string | null | undefined;
            return (
              <div key={field}>
                <dt>{label}</dt>
                <dd>{v ? new Date(v).toLocaleString() : "—"}</dd>
              </div>
            );
          })}
          <div>
            <dt>Services</dt>
            <dd>{incident.services.map((s) => s.service.name).join(", ") || "—"}</dd>
          </div>
          {incident.private ? (
            <div>
              <dt>Visible to</dt>
              <dd>{incident.access.map((a) => a.user.name).join(", ")}</dd>
            </div>
          ) : null}
        </dl>
      </Card>
    );
  }
  return (
    <Card title="Edit details">
      <EditIncidentForm org={org} id={incident.id} version={editing} className="stack" onDone={() => setEditing(null)}>
        {MOMENTS.map(([field, label]) => (
          <MomentInput
            key={field}
            field={field}
            label={label}
            value={(incident[field as keyof IncidentView] as string | null | undefined) ?? null}
          />
        ))}
        <input type="hidden" name="servicesShown" value="1" />
        <fieldset>
          <legend>Affected services</legend>
          {services.map((s) => (
            <Checkbox key={s.id} name="serviceIds" value={s.id} label={s.name} defaultChecked={chosen.has(s.id)} />
          ))}
        </fieldset>
        <input type="hidden" name="accessShown" value="1" />
        <Checkbox
          name="private"
          label="Private (security incident)"
          defaultChecked={incident.private}
          hint="Only the people ticked below see it; never published or named in notifications."
        />
        <fieldset>
          <legend>Who can see it when private</legend>
          {members.map((m) => (
            <Checkbox key={m.id} name="memberIds" value={m.id} label={m.name} defaultChecked={listed.has(m.id)} />
          ))}
        </fieldset>
        <div className="row">
          <Button type="submit" variant="primary">
            Save details
          </Button>
          <Button type="button" onClick={() => setEditing(null)}>
            Cancel
          </Button>
        </div>
      </EditIncidentForm>
    </Card>
  );
}
