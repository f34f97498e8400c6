"use client";

import { useActionState, useState } from "react";
import { Alert, Badge, Button, Card, Checkbox, Field, Input, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { noteAction, timelineEventAction } from "./actions";
import type { IncidentView, Member } from "./types";
import styles from "./IncidentRoom.module.css";

const burn = (x: unknown) => (typeof x === "number" ? `${x.toFixed(1)}×` : "n/a");

function describe(e: IncidentView["events"][number], name: (id: unknown) => string): string {
  const d = e.data;
  switch (e.kind) {
    case "declared": return `Declared ${String(d.severity)}: ${String(d.title)}`;
    case "note": return String(d.body);
    case "status.changed": return `Status ${String(d.from)} → ${String(d.to)}`;
    case "severity.changed": return `Severity ${String(d.from)} → ${String(d.to)}`;
    case "title.changed": return `Title changed to “${String(d.to)}”`;
    case "role.assigned": return `${String(d.roleKey)}: ${d.fromUserId ? `${name(d.fromUserId)} → ` : ""}${name(d.toUserId)}`;
    case "role.offered": return `${String(d.roleKey)} offered by ${name(d.fromUserId)} to ${name(d.toUserId)}`;
    case "role.accepted": return `${String(d.roleKey)} handed over from ${name(d.fromUserId)} to ${name(d.toUserId)}`;
    case "role.declined": return `${name(d.toUserId)} declined ${String(d.roleKey)}`;
    case "role.released": return `${name(d.fromUserId)} left ${String(d.roleKey)}`;
    case "task.created": return `Task: ${String(d.title)}`;
    case "task.done": return `Task done: ${String(d.title)}`;
    case "update.posted": return `${String(d.visibility)} update: ${String(d.body)}`;
    case "slo.alert_fired": return `SLO ${String(d.sloName)}: ${String(d.severity)} burn-rate alert ${String(d.conditionId)} fired (burn ${burn(d.longBurnRate)} over ${String(d.longWindowMinutes)} min and ${burn(d.shortBurnRate)} over ${String(d.shortWindowMinutes)} min, above ${String(d.factor)})`;
    case "slo.alert_resolved": return `SLO ${String(d.sloName)}: burn-rate alert ${String(d.conditionId)} resolved${typeof d.reason === "string" && d.reason ? ` (${d.reason})` : typeof d.longBurnRate === "number" ? ` (burn ${burn(d.longBurnRate)} over ${String(d.longWindowMinutes)} min)` : ""}`;
    default: return e.kind.replace(/[._]/g, " ");
  }
}

export function TimelinePanel({ org, incident, members, canWrite }: { org: string; incident: IncidentView; members: Member[]; canWrite: boolean }) {
  const name = (id: unknown) => members.find((m) => m.id === id)?.name ?? "someone";
  const [state, eventAction] = useActionState(timelineEventAction.bind(null, org, incident.id), {} as ActionState);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Card title="Timeline" description="Everything that happened, in order. Live.">
      {canWrite ? <NoteComposer org={org} id={incident.id} /> : null}
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <ol className={styles.timeline} aria-live="polite" data-testid="timeline">
        {incident.events.map((e) => (
          <li key={e.id} className={e.keyMoment ? styles.keyMoment : undefined}>
            <time dateTime={e.occurredAt} className={styles.time}>{new Date(e.occurredAt).toLocaleTimeString()}</time>
            <span>{describe(e, name)}</span>
            <span className={styles.muted}> — {e.actorLabel}{e.edited ? " (edited)" : ""}</span>
            {e.keyMoment ? <Badge tone="info">Key moment</Badge> : null}
            {canWrite ? (
              <form action={eventAction} className={styles.eventActions}>
                <input type="hidden" name="eventId" value={e.id} />
                <input type="hidden" name="keyMoment" value={e.keyMoment ? "false" : "true"} />
                <Button type="submit" size="sm" variant="ghost" name="op" value="key">{e.keyMoment ? "Unmark key moment" : "Mark key moment"}</Button>
                {e.kind === "note" ? (
                  <>
                    <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(editing === e.id ? null : e.id)}>Edit</Button>
                    <Button type="submit" size="sm" variant="ghost" name="op" value="delete">Delete</Button>
                  </>
                ) : null}
              </form>
            ) : null}
            {editing === e.id ? (
              <form action={async (form) => { eventAction(form); setEditing(null); }} className={styles.composer}>
                <input type="hidden" name="eventId" value={e.id} />
                <input type="hidden" name="op" value="edit" />
                <Field label="Edit note" hideLabel>
                  <Textarea name="body" rows={2} defaultValue={String(e.data.body ?? "")} required />
                </Field>
                <Button type="submit" size="sm" variant="primary">Save note</Button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

function NoteComposer({ org, id }: { org: string; id: string }) {
  const [state, action, pending] = useActionState(noteAction.bind(null, org, id), {} as ActionState);
  const [localTime, setLocalTime] = useState("");
  // datetime-local has no zone: convert in the browser, which knows the responder's.
  const iso = localTime ? new Date(localTime).toISOString() : "";
  return (
    <form action={action} className={styles.composer}>
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Note" hideLabel error={state.fieldErrors?.body}>
        <Textarea name="body" rows={2} placeholder="What did you see or decide?" required />
      </Field>
      <div className="row">
        <Field label="Happened at (optional)" hint="Backdate: when it actually happened.">
          <Input type="datetime-local" value={localTime} onChange={(e) => setLocalTime(e.target.value)} />
        </Field>
        <input type="hidden" name="occurredAt" value={iso} />
        <Checkbox name="keyMoment" label="Key moment" />
        <Button type="submit" variant="primary" pending={pending}>Add note</Button>
      </div>
    </form>
  );
}
