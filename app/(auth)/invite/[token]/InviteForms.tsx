"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { acceptInviteAction, registerAction } from "./actions";

export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction.bind(null, token), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <p className="muted">Signed in as {email}.</p>
      <Button type="submit" variant="primary" pending={pending} fullWidth>
        Accept invitation
      </Button>
    </form>
  );
}

export function RegisterForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(registerAction.bind(null, token), {} as ActionState);
  if (state.ok) {
    return (
      <Alert tone="ok" title="Welcome">
        {state.message} <Link href={`/signin?callbackUrl=/`}>Sign in</Link>
      </Alert>
    );
  }
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Your name" error={state.fieldErrors?.name}>
        <Input name="name" autoComplete="name" required />
      </Field>
      <Field label="Email" error={state.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" defaultValue={email} required />
      </Field>
      <Field label="Password" hint="At least 10 characters." error={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={10} />
      </Field>
      <Button type="submit" variant="primary" pending={pending} fullWidth>
        Create account and join
      </Button>
    </form>
  );
}
