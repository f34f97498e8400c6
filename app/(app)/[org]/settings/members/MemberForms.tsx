"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input, Select } from "@/components/ui";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/core/roles";
import type { ActionState } from "@/lib/server/action";
import { changeRoleAction, inviteAction, removeMemberAction, revokeInviteAction } from "./actions";

const initial: ActionState = {};

export function InviteForm({ org, canInviteOwners }: { org: string; canInviteOwners: boolean }) {
  const [state, action, pending] = useActionState(inviteAction.bind(null, org), initial);
  const roles = ROLES.filter((r) => canInviteOwners || r !== "owner");
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      {state.secret ? (
        <Field
          label="Invite link"
          hint="Send it to the person you invite; anyone holding it can join until it expires."
        >
          <Input
            readOnly
            value={state.secret}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="invite-link"
            className="mono"
          />
        </Field>
      ) : null}
      <div className="row">
        <Field label="Role" error={state.fieldErrors?.role}>
          <Select name="role" defaultValue="responder">
            {roles.map((r) => (
              <option key={r} value={r} title={ROLE_DESCRIPTIONS[r]}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Email (optional)" hint="Limits the invite to this address." error={state.fieldErrors?.email}>
          <Input name="email" type="email" />
        </Field>
      </div>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create invite link
        </Button>
      </div>
    </form>
  );
}

export function MemberRoleForm({
  org,
  membershipId,
  role,
  name,
  canGrantOwner,
}: {
  org: string;
  membershipId: string;
  role: Role;
  name: string;
  canGrantOwner: boolean;
}) {
  const [state, action, pending] = useActionState(changeRoleAction.bind(null, org, membershipId), initial);
  return (
    <form action={action} className="row">
      <Field label={`Role of ${name}`} hideLabel>
        <Select name="role" defaultValue={role}>
          {ROLES.filter((r) => canGrantOwner || r !== "owner" || role === "owner").map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" size="sm" pending={pending}>
        Save
      </Button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "muted" : "error-text"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function RemoveMemberButton({ org, membershipId, name }: { org: string; membershipId: string; name: string }) {
  const [state, action, pending] = useActionState(removeMemberAction.bind(null, org, membershipId), initial);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Remove ${name} from the organization?`)) e.preventDefault();
      }}
      className="row"
    >
      <Button type="submit" size="sm" variant="danger" pending={pending} aria-label={`Remove ${name}`}>
        Remove
      </Button>
      {state.message ? (
        <span role="alert" className="error-text">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function RevokeInviteButton({ org, inviteId }: { org: string; inviteId: string }) {
  const [state, action, pending] = useActionState(revokeInviteAction.bind(null, org, inviteId), initial);
  return (
    <form action={action} className="row">
      <Button type="submit" size="sm" variant="ghost" pending={pending}>
        Revoke
      </Button>
      {state.message ? (
        <span role="alert" className="error-text">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
