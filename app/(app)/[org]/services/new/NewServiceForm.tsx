"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createServiceAction } from "./actions";

export function NewServiceForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(createServiceAction.bind(null, org), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 560 }}>
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Name" error={errors.name}>
        <Input name="name" required />
      </Field>
      <Field label="Slug" hint="Used in URLs and the API, e.g. checkout-api." error={errors.slug}>
        <Input name="slug" required />
      </Field>
      <Field label="Owning team" error={errors.team}>
        <Input name="team" />
      </Field>
      <Field label="Tier" hint="1 is the most critical." error={errors.tier}>
        <Select name="tier" defaultValue="2">
          <option value="1">Tier 1</option>
          <option value="2">Tier 2</option>
          <option value="3">Tier 3</option>
        </Select>
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" rows={3} />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create service
        </Button>
      </div>
    </form>
  );
}
