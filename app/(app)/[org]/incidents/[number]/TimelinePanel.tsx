"use client";

import { useActionState, useState } from "react";
import { Alert, Badge, Button, Card, Checkbox, Field, Input, Textarea } from "@/components/ui";
import { describeEvent } from "@/lib/incidents/core/timeline-text";
import type { ActionState } from "@/lib/server/action";
import { noteAction, timelineEventAction } from "./actions";
import type { IncidentView, Member } from "./types";
import styles from "./IncidentRoom.module.css";

export function TimelinePanel({
  org,
  incident,
  members,
  canWrite,
}: {
  org: string;
  incident: IncidentView;
  members: Member[];
  canWrite: boolean;
}) {
  const names = {
    person: (id: unknown) => members.find((m) => m.id === id)?.name ?? "someone",
    role: (key: unknown) =>
      incident.roleDefinitions.find((r) => r.key === key)?.name ?? (key === "responder" ? "Responder" : String(key)),
  };
  const [state, eventAction] = useActionState(timelineEventAction.bind(null, org, incident.id), {} as ActionState);
  const [editing, setEditing] = useState<string | null>(null);
  const earlier = useEarlierEvents(org, incident);
  return (
    <Card title="Timeline" description="Everything that happened, in order. Live.">
      {canWrite ? <NoteComposer org={org} id={incident.id} /> : null}
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      {earlier.hasMore ? (
        <div className="row">
          <Button type="button" size="sm" onClick={earlier.load} pending={earlier.loading}>
            Show earlier events
          </Button>
          {earlier.error ? (
            <span role="alert" className="error-text">
              {earlier.error}
            </span>
          ) : null}
        </div>
      ) : null}
      <ol className={styles.timeline} aria-live="polite" data-testid="timeline">
        {earlier.events.map((e) => (
          <li key={e.id} className={e.keyMoment ? styles.keyMoment : undefined}>
            <time dateTime={e.occurredAt} className={styles.time}>
              {new Date(e.occurredAt).toLocaleTimeString()}
            </time>
            <span>{describeEvent(e, names)}</span>
            <span className={styles.muted}>
              {" "}
              — {(e.actorType === "user" && members.find((m) => m.id === e.actorId)?.name) || e.actorLabel}
              {e.edited ? " (edited)" : ""}
            </span>
            {e.keyMoment ? <Badge tone="info">Key moment</Badge> : null}
            {canWrite ? (
              <form action={eventAction} className={styles.eventActions}>
                <input type="hidden" name="eventId" value={e.id} />
                <input type="hidden" name="keyMoment" value={e.keyMoment ? "false" : "true"} />
                <Button type="submit" size="sm" variant="ghost" name="op" value="key">
                  {e.keyMoment ? "Unmark key moment" : "Mark key moment"}
                </Button>
                {e.kind === "note" ? (
                  <>
                    <Button
                      type="button"
                      size="sm"
                      variant="ghost"
                      onClick={() => setEditing(editing === e.id ? null : e.id)}
                    >
                      Edit
                    </Button>
                    <Button type="submit" size="sm" variant="ghost" name="op" value="delete">
                      Delete
                    </Button>
                  </>
                ) : null}
              </form>
            ) : null}
            {editing === e.id ? (
              <form
                action={async (form) => {
                  eventAction(form);
                  setEditing(null);
                }}
                className={styles.composer}
              >
                <input type="hidden" name="eventId" value={e.id} />
                <input type="hidden" name="op" value="edit" />
                <Field label="Edit note" hideLabel>
                  <Textarea name="body" rows={2} defaultValue={String(e.data.body ?? "")} required />
                </Field>
                <Button type="submit" size="sm" variant="primary">
                  Save note
                </Button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

type TimelineEvent = IncidentView["events"][number];

/**
 * The incident carries only its newest events; older ones are fetched a page at a time on
 * request and kept in front of the live window.
 */
function useEarlierEvents(org: string, incident: IncidentView) {
  const [older, setOlder] = useState<TimelineEvent[]>([]);
  const [olderHasMore, setOlderHasMore] = useState<boolean | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = new Set(incident.events.map((e) => e.id));
  const events = [...older.filter((e) => !live.has(e.id)), ...incident.events];
  const hasMore = olderHasMore ?? incident.hasEarlierEvents;
  const load = async () => {
    const oldest = events[0];
    if (!oldest) return;
    setLoading(true);
    setError(null);
    try {
      const res = await fetch(`/api/v1/incidents/${incident.id}/timeline?before=${oldest.id}`, {
        headers: { "x-vigil-org": org },
        cache: "no-store",
      });
      if (!res.ok) throw new Error(`The earlier events could not be loaded (${res.status}); try again.`);
      const page = (await res.json()) as { data: TimelineEvent[]; hasEarlier: boolean };
      setOlder((current) => [...page.data, ...current]);
      setOlderHasMore(page.hasEarlier);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  return { events, hasMore, load, loading, error };
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
        <Button type="submit" variant="primary" pending={pending}>
          Add note
        </Button>
      </div>
    </form>
  );
}
