"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createOrgAction } from "./actions";

export function CreateOrgForm() {
  const [state, action, pending] = useActionState(createOrgAction, {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Name" error={state.fieldErrors?.name}>
        <Input name="name" required />
      </Field>
      <Field
        label="Address"
        hint="Lowercase letters, digits and dashes: vigil.example.com/<address>"
        error={state.fieldErrors?.slug}
      >
        <Input name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" />
      </Field>
      <Button type="submit" variant="primary" pending={pending} fullWidth>
        Create organization
      </Button>
    </form>
  );
}
