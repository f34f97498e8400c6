"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Select } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { NEW_SLI_VALUES, SliFields } from "../../SliFields";
import { createSliAction } from "./actions";

export function NewSliForm({
  org,
  services,
  serviceId,
}: {
  org: string;
  services: { id: string; name: string }[];
  serviceId?: string;
}) {
  const [state, action, pending] = useActionState(createSliAction.bind(null, org), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 560 }}>
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Service" error={errors.serviceId}>
        <Select name="serviceId" defaultValue={serviceId ?? services[0]?.id} required>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <SliFields values={NEW_SLI_VALUES} errors={errors} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create SLI
        </Button>
      </div>
    </form>
  );
}
