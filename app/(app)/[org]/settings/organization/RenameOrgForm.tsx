"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { renameOrgAction } from "./actions";

export function RenameOrgForm({ org, name }: { org: string; name: string }) {
  const [state, action, pending] = useActionState(renameOrgAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      <Field label="Organization name" error={state.fieldErrors?.name}>
        <Input name="name" defaultValue={name} required />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
