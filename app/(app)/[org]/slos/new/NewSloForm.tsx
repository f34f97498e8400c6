"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Select } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { NEW_SLO_VALUES, SloFields } from "../SloFields";
import { createSloAction } from "./actions";

export function NewSloForm({
  org,
  slis,
  sliId,
}: {
  org: string;
  slis: { id: string; name: string }[];
  sliId?: string;
}) {
  const [state, action, pending] = useActionState(createSloAction.bind(null, org), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 560 }}>
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="SLI" error={errors.sliId}>
        <Select name="sliId" defaultValue={sliId ?? slis[0]?.id} required>
          {slis.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <SloFields values={NEW_SLO_VALUES} errors={errors} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create SLO
        </Button>
      </div>
    </form>
  );
}
