"use client";

import { useActionState, useEffect, useState } from "react";
import { Alert, Badge, Button, Card, Field, IncidentStatusBadge, Input, Select, Textarea } from "@/components/ui";
import { dueState } from "@/lib/incidents/core/update-clock";
import type { ActionState } from "@/lib/server/action";
import { createTaskAction, stakeholderUpdateAction, toggleTaskAction } from "./actions";
import type { IncidentView, Member } from "./types";
import styles from "./IncidentRoom.module.css";

export function TasksPanel({
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
  const [state, create, pending] = useActionState(createTaskAction.bind(null, org, incident.id), {} as ActionState);
  const [toggleState, toggle] = useActionState(toggleTaskAction.bind(null, org, incident.id), {} as ActionState);
  const name = (id: string | null) => members.find((m) => m.id === id)?.name;
  return (
    <Card title="Tasks">
      {[state, toggleState].map((s, i) =>
        s.message && !s.ok ? (
          <Alert key={i} tone="critical">
            {s.message}
          </Alert>
        ) : null,
      )}
      <ul className={styles.tasks}>
        {incident.tasks.map((t) => (
          <li key={t.id}>
            <form action={toggle} className="row">
              <input type="hidden" name="taskId" value={t.id} />
              <input type="hidden" name="version" value={t.version} />
              <input type="hidden" name="done" value={t.doneAt ? "false" : "true"} />
              <Button
                type="submit"
                size="sm"
                variant="ghost"
                disabled={!canWrite}
                aria-label={t.doneAt ? `Reopen ${t.title}` : `Mark ${t.title} done`}
              >
                {t.doneAt ? "☑" : "☐"}
              </Button>
              <span className={t.doneAt ? styles.done : undefined}>{t.title}</span>
              {t.assigneeId ? <span className={styles.muted}>{name(t.assigneeId)}</span> : null}
            </form>
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form action={create} className="row">
          <Field label="New task" hideLabel error={state.fieldErrors?.title}>
            <Input name="title" placeholder="New task" required />
          </Field>
          <Select name="assigneeId" aria-label="Assignee" defaultValue="">
            <option value="">Unassigned</option>
            {members
              .filter((m) => m.role !== "viewer")
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </Select>
          <Button type="submit" pending={pending}>
            Add task
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

function Countdown({ due, interval }: { due: string | null; interval: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const s = dueState(due ? new Date(due) : null, new Date(now), interval);
  if (s.state === "none") return <span className={styles.muted}>No update due</span>;
  const abs = Math.abs(s.seconds);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
  return s.state === "overdue" ? (
    <Badge tone="critical">Update overdue by {text}</Badge>
  ) : (
    <Badge tone={s.state === "soon" ? "warn" : "neutral"}>Next update due in {text}</Badge>
  );
}

export function UpdatesPanel({ org, incident, canWrite }: { org: string; incident: IncidentView; canWrite: boolean }) {
  const [state, action, pending] = useActionState(
    stakeholderUpdateAction.bind(null, org, incident.id),
    {} as ActionState,
  );
  const interval = incident.severities.find((s) => s.severity === incident.severity)?.updateIntervalMinutes ?? 30;
  return (
    <Card title="Stakeholder updates" actions={<Countdown due={incident.nextUpdateDueAt} interval={interval} />}>
      {canWrite ? (
        <form action={action} className="stack">
          {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
          <Field label="Update" error={state.fieldErrors?.body}>
            <Textarea
              name="body"
              rows={3}
              required
              placeholder="What is affected, what we are doing, when the next update comes."
            />
          </Field>
          <div className="row">
            <Select name="visibility" aria-label="Visibility" defaultValue="internal">
              <option value="internal">Internal</option>
              <option value="public">Public (status page)</option>
            </Select>
            <Button type="submit" variant="primary" pending={pending}>
              Post update
            </Button>
          </div>
        </form>
      ) : null}
      <ul className={styles.updates}>
        {incident.updates.map((u) => (
          <li key={u.id}>
            <Badge tone={u.visibility === "public" ? "info" : "neutral"}>{u.visibility}</Badge>{" "}
            <IncidentStatusBadge status={u.status} />{" "}
            <span className={styles.muted}>{new Date(u.createdAt).toLocaleTimeString()}</span>
            <p>{u.body}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
