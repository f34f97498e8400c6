"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export function ChangePasswordForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(changePasswordAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Current password" error={state.fieldErrors?.current}>
        <Input name="current" type="password" autoComplete="current-password" required />
      </Field>
      <Field
        label="New password"
        hint="At least 10 characters. You will sign in again everywhere."
        error={state.fieldErrors?.next}
      >
        <Input name="next" type="password" autoComplete="new-password" required minLength={10} />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Change password
        </Button>
      </div>
    </form>
  );
}

export function SignOutEverywhereForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(signOutEverywhereAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <div className="row">
        <Button type="submit" variant="danger" pending={pending}>
          Sign out everywhere
        </Button>
      </div>
    </form>
  );
}
