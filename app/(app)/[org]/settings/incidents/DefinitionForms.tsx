"use client";

import { useActionState } from "react";
import { Alert, Button, Card, Field, Input, SeverityBadge, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { saveRoleAction, saveSeverityAction } from "./actions";

function Result({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return <Alert tone={state.ok ? "ok" : "critical"} role={state.ok ? "status" : "alert"}>{state.message}</Alert>;
}

export function RoleForm({ org, role, canEdit }: { org: string; role?: { key: string; name: string; checklist: string[]; builtIn: boolean }; canEdit: boolean }) {
  const [state, action, pending] = useActionState(saveRoleAction.bind(null, org), {} as ActionState);
  return (
    <Card title={role ? role.name : "Add a role"} description={role ? (role.builtIn ? "Built in" : `Key: ${role.key}`) : "E.g. Scribe or Planning Lead."}>
      <form action={action} className="stack">
        <Result state={state} />
        {role ? <input type="hidden" name="key" value={role.key} /> : (
          <Field label="Key" hint="Lowercase, used in the API: scribe" error={state.fieldErrors?.key}>
            <Input name="key" required disabled={!canEdit} />
          </Field>
        )}
        <Field label="Name" error={state.fieldErrors?.name}>
          <Input name="name" defaultValue={role?.name ?? ""} required disabled={!canEdit} />
        </Field>
        <Field label="Checklist" hint="One duty per line; shown to whoever holds the role." error={state.fieldErrors?.checklist}>
          <Textarea name="checklist" rows={4} defaultValue={role?.checklist.join("\n") ?? ""} disabled={!canEdit} />
        </Field>
        {canEdit ? (
          <div className="row">
            <Button type="submit" variant="primary" pending={pending}>{role ? "Save role" : "Add role"}</Button>
            {role && !role.builtIn ? <Button type="submit" name="op" value="delete" variant="danger">Remove role</Button> : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}

export function SeverityForm({ org, severity, canEdit }: { org: string; severity: { severity: string; description: string; updateIntervalMinutes: number }; canEdit: boolean }) {
  const [state, action, pending] = useActionState(saveSeverityAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      <Result state={state} />
      <input type="hidden" name="severity" value={severity.severity} />
      <SeverityBadge severity={severity.severity} />
      <Field label={`${severity.severity} meaning`} error={state.fieldErrors?.description}>
        <Input name="description" defaultValue={severity.description} required disabled={!canEdit} />
      </Field>
      <Field label={`${severity.severity} update every (minutes)`} error={state.fieldErrors?.updateIntervalMinutes}>
        <Input name="updateIntervalMinutes" type="number" min={5} max={1440} defaultValue={severity.updateIntervalMinutes} required disabled={!canEdit} />
      </Field>
      {canEdit ? <div className="row"><Button type="submit" pending={pending}>Save {severity.severity}</Button></div> : null}
    </form>
  );
}
