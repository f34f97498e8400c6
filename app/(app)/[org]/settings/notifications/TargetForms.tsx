"use client";

import { useActionState, useState } from "react";
import { Alert, Button, Checkbox, Field, Input, Select } from "@/components/ui";
import { NOTIFICATION_EVENT_TYPES } from "@/lib/notifications/core/events";
import type { ActionState } from "@/lib/server/action";
import { createTargetAction, targetAction } from "./actions";

export function CreateTargetForm({ org, emailEnabled }: { org: string; emailEnabled: boolean }) {
  const [state, action, pending] = useActionState(createTargetAction.bind(null, org), {} as ActionState);
  const [kind, setKind] = useState("webhook");
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      {state.secret ? (
        <Field label="Signing secret">
          <Input
            readOnly
            value={state.secret}
            className="mono"
            onFocus={(e) => e.currentTarget.select()}
            data-testid="target-secret"
          />
        </Field>
      ) : null}
      <div className="row">
        <Field label="Name" error={errors.name}>
          <Input name="name" required />
        </Field>
        <Field label="Kind" error={errors.kind}>
          <Select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="webhook">Webhook (JSON)</option>
            <option value="slack">Slack incoming webhook</option>
            {emailEnabled ? <option value="email">Email</option> : null}
          </Select>
        </Field>
      </div>
      {kind === "email" ? (
        <Field
          label="Email address"
          hint="A list address (incidents@…) reaches everyone who should know."
          error={errors.email}
        >
          <Input name="email" type="email" required placeholder="incidents@example.com" />
        </Field>
      ) : (
        <Field label="URL" error={errors.url}>
          <Input name="url" type="url" required placeholder="https://hooks.example.com/vigil" />
        </Field>
      )}
      <fieldset className="stack">
        <legend>Events (none checked: all of them)</legend>
        <div className="grid" data-min="sm">
          {NOTIFICATION_EVENT_TYPES.map((e) => (
            <Checkbox key={e} name="events" value={e} label={e} />
          ))}
        </div>
      </fieldset>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Add target
        </Button>
      </div>
    </form>
  );
}

export function TargetActions({
  org,
  targetId,
  name,
  enabled,
}: {
  org: string;
  targetId: string;
  name: string;
  enabled: boolean;
}) {
  const [state, action, pending] = useActionState(targetAction.bind(null, org, targetId), {} as ActionState);
  return (
    <form action={action} className="row">
      <Button type="submit" size="sm" name="intent" value="test" disabled={pending || !enabled}>
        Send test
      </Button>
      <Button
        type="submit"
        size="sm"
        variant="ghost"
        name="intent"
        value={enabled ? "disable" : "enable"}
        disabled={pending}
      >
        {enabled ? "Disable" : "Enable"}
      </Button>
      <Button
        type="submit"
        size="sm"
        variant="danger"
        name="intent"
        value="delete"
        disabled={pending}
        aria-label={`Delete ${name}`}
      >
        Delete
      </Button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "muted" : "error-text"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
