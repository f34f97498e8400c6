"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { SliFields, type SliFieldValues } from "../../../SliFields";
import { updateSliAction } from "./actions";

export function EditSliForm({
  org,
  id,
  values,
  back,
}: {
  org: string;
  id: string;
  values: SliFieldValues;
  back: string;
}) {
  const [state, action, pending] = useActionState(updateSliAction.bind(null, org, id, back), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 560 }}>
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <SliFields values={values} errors={errors} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Save SLI
        </Button>
      </div>
    </form>
  );
}
