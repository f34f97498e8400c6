"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { removeSubscriberAction } from "../actions";

export function RemoveSubscriberButton({
  org,
  pageId,
  subscriberId,
  label,
}: {
  org: string;
  pageId: string;
  subscriberId: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(
    removeSubscriberAction.bind(null, org, pageId, subscriberId),
    {} as ActionState,
  );
  return (
    <form action={action} className="row">
      <Button type="submit" size="sm" variant="danger" disabled={pending} aria-label={`Remove ${label}`}>
        Remove
      </Button>
      {state.ok === false ? (
        <span role="alert" className="error-text">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
