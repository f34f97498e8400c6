"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createIntegrationAction, revokeIntegrationAction } from "./actions";

export function CreateIntegrationForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(createIntegrationAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      {state.secret ? (
        <Field label="Signing secret">
          <Input
            readOnly
            value={state.secret}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="new-integration-secret"
            className="mono"
          />
        </Field>
      ) : null}
      <Field label="Name" hint="What sends to it, e.g. grafana or uptime-checks." error={state.fieldErrors?.name}>
        <Input name="name" required />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create integration
        </Button>
      </div>
    </form>
  );
}

export function RevokeIntegrationButton({
  org,
  integrationId,
  name,
}: {
  org: string;
  integrationId: string;
  name: string;
}) {
  const [state, action, pending] = useActionState(
    revokeIntegrationAction.bind(null, org, integrationId),
    {} as ActionState,
  );
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Revoke "${name}"? Its deliveries are refused from now on.`)) e.preventDefault();
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
