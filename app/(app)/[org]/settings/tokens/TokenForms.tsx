"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input, Select } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createTokenAction, revokeTokenAction } from "./actions";

const SCOPES = [
  { value: "read", label: "read", hint: "read everything" },
  { value: "write", label: "write", hint: "create and change services, SLOs and incidents" },
  { value: "ingest", label: "ingest", hint: "push SLI data points" },
];

export function CreateTokenForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(createTokenAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      {state.secret ? (
        <Field label="Your new token">
          <Input
            readOnly
            value={state.secret}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="new-token"
            className="mono"
          />
        </Field>
      ) : null}
      <Field label="Name" hint="What uses it, e.g. deploy-pipeline." error={state.fieldErrors?.name}>
        <Input name="name" required />
      </Field>
      <fieldset className="stack">
        <legend>Scopes</legend>
        {SCOPES.map((s) => (
          <Checkbox
            key={s.value}
            name="scopes"
            value={s.value}
            label={`${s.label}: ${s.hint}`}
            defaultChecked={s.value === "read"}
          />
        ))}
        {state.fieldErrors?.scopes ? (
          <p role="alert" className="error-text">
            {state.fieldErrors.scopes.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field label="Expires" error={state.fieldErrors?.expiresInDays}>
        <Select name="expiresInDays" defaultValue="90">
          <option value="30">in 30 days</option>
          <option value="90">in 90 days</option>
          <option value="365">in a year</option>
          <option value="">never</option>
        </Select>
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create token
        </Button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ org, tokenId, name }: { org: string; tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction.bind(null, org, tokenId), {} as ActionState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Revoke "${name}"? Anything using it stops working at once.`)) e.preventDefault();
      }}
    >
      <Button type="submit" size="sm" variant="danger" pending={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      {state.message ? (
        <span role="alert" className="error-text">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
