"use client";

import { useActionState } from "react";
import { Button, LinkButton } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createPostmortemAction } from "../../postmortems/actions";

/** "Create post-mortem" on a resolved incident, or a link to the one it has. */
export function PostmortemButton({
  org,
  incidentId,
  resolved,
  postmortem,
  canWrite,
}: {
  org: string;
  incidentId: string;
  resolved: boolean;
  postmortem: { id: string } | null;
  canWrite: boolean;
}) {
  const [state, action, pending] = useActionState(
    createPostmortemAction.bind(null, org, incidentId),
    {} as ActionState,
  );
  if (postmortem)
    return (
      <LinkButton href={`/${org}/postmortems/${postmortem.id}`} size="sm">
        Open post-mortem
      </LinkButton>
    );
  if (!resolved || !canWrite) return null;
  return (
    <form action={action}>
      <Button type="submit" size="sm" variant="primary" pending={pending}>
        Create post-mortem
      </Button>
      {state.ok === false ? (
        <span className="error-text" role="alert">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
