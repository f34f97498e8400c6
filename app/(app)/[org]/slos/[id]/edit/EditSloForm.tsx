"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import type { AlertCondition } from "@/lib/slo/core/types";
import { SloFields, type SloFieldValues } from "../../SloFields";
import { updateSloAction } from "./actions";
import { AlertConditionsEditor } from "./AlertConditionsEditor";

export function EditSloForm({
  org,
  id,
  values,
  own,
  defaults,
}: {
  org: string;
  id: string;
  values: SloFieldValues;
  own: AlertCondition[] | null;
  defaults: AlertCondition[];
}) {
  const [state, action, pending] = useActionState(updateSloAction.bind(null, org, id), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 720 }}>
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <SloFields values={values} errors={errors} />
      <AlertConditionsEditor own={own} defaults={defaults} errors={errors} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Save SLO
        </Button>
      </div>
    </form>
  );
}
