"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input, Select } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { grantExceptionAction } from "./actions";

export function ExceptionForm({ org, slug }: { org: string; slug: string }) {
  const [state, action, pending] = useActionState(grantExceptionAction.bind(null, org, slug), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 480 }}>
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      <Field label="Reason" hint="Audited. e.g. ship the fix for INC-42." error={errors.reason}>
        <Input name="reason" required />
      </Field>
      <Field label="For" error={errors.durationMinutes}>
        <Select name="durationMinutes" defaultValue="60">
          <option value="30">30 minutes</option>
          <option value="60">1 hour</option>
          <option value="240">4 hours</option>
          <option value="1440">1 day</option>
        </Select>
      </Field>
      <div className="row">
        <Button type="submit" pending={pending}>
          Grant exception
        </Button>
      </div>
    </form>
  );
}
