"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";

export function DeleteServiceButton({
  action,
  name,
}: {
  action: (prev: ActionState) => Promise<ActionState>;
  name: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState);
  return (
    <form
      action={formAction}
      className="stack"
      onSubmit={(e) => {
        if (!window.confirm(`Delete ${name}? This cannot be undone.`)) e.preventDefault();
      }}
    >
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <div className="row">
        <Button type="submit" variant="danger" pending={pending}>
          Delete service
        </Button>
      </div>
    </form>
  );
}
