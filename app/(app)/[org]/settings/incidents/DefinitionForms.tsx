"use client";

import { useActionState } from "react";
import { Alert, Button, Card, Field, Input, SeverityBadge, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { saveIncidentSettingsAction, saveRoleAction, saveSeverityAction } from "./actions";

function Result({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <Alert tone={state.ok ? "ok" : "critical"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </Alert>
  );
}

export function RoleForm({
  org,
  role,
  canEdit,
}: {
  org: string;
  role?: { key: string; name: string; checklist: string[]; builtIn: boolean };
  canEdit: boolean;
}) {
  const [state, action, pending] = useActionState(saveRoleAction.bind(null, org), {} as ActionState);
  return (
    <Card
      title={role ? role.name : "Add a role"}
      description={role ? (role.builtIn ? "Built in" : `Key: ${role.key}`) : "E.g. Scribe or Planning Lead."}
    >
      <form action={action} className="stack">
        <Result state={state} />
        {role ? (
          <input type="hidden" name="key" value={role.key} />
        ) : (
          <Field label="Key" hint="Lowercase, used in the API: scribe" error={state.fieldErrors?.key}>
            <Input name="key" required disabled={!canEdit} />
          </Field>
        )}
        <Field label="Name" error={state.fieldErrors?.name}>
          <Input name="name" defaultValue={role?.name ?? ""} required disabled={!canEdit} />
        </Field>
        <Field
          label="Checklist"
          hint="One duty per line; shown to whoever holds the role."
          error={state.fieldErrors?.checklist}
        >
          <Textarea name="checklist" rows={4} defaultValue={role?.checklist.join("\n") ?? ""} disabled={!canEdit} />
        </Field>
        {canEdit ? (
          <div className="row">
            <Button type="submit" variant="primary" pending={pending}>
              {role ? "Save role" : "Add role"}
            </Button>
            {role && !role.builtIn ? (
              <Button type="submit" name="op" value="delete" variant="danger">
                Remove role
              </Button>
            ) : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}

export function SeverityForm({
  org,
  severity,
  canEdit,
}: {
  org: string;
  severity: { severity: string; description: string; updateIntervalMinutes: number };
  canEdit: boolean;
}) {
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
        <Input
          name="updateIntervalMinutes"
          type="number"
          min={5}
          max={1440}
          defaultValue={severity.updateIntervalMinutes}
          required
          disabled={!canEdit}
        />
      </Field>
      {canEdit ? (
        <div className="row">
          <Button type="submit" pending={pending}>
            Save {severity.severity}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

export function ResponseSettingsForm({
  org,
  settings,
  canEdit,
}: {
  org: string;
  settings: { commanderNudgeHours: number; updateReminderMinutes: number; alertSeverityMap: Record<string, string> };
  canEdit: boolean;
}) {
  const [state, action, pending] = useActionState(saveIncidentSettingsAction.bind(null, org), {} as ActionState);
  const mapText = Object.entries(settings.alertSeverityMap)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
  const mapError = Object.entries(state.fieldErrors ?? {})
    .filter(([k]) => k.startsWith("alertSeverityMap"))
    .flatMap(([, v]) => v);
  return (
    <Card title="Response" description="Reminders during an incident, and how alerts choose a severity.">
      <form action={action} className="stack">
        <Result state={state} />
        <Field label="Nudge the commander to hand over after (hours)" error={state.fieldErrors?.commanderNudgeHours}>
          <Input
            name="commanderNudgeHours"
            type="number"
            min={1}
            max={24}
            defaultValue={settings.commanderNudgeHours}
            required
            disabled={!canEdit}
          />
        </Field>
        <Field
          label="Remind the Communications Lead before an update is due (minutes)"
          error={state.fieldErrors?.updateReminderMinutes}
        >
          <Input
            name="updateReminderMinutes"
            type="number"
            min={1}
            max={60}
            defaultValue={settings.updateReminderMinutes}
            required
            disabled={!canEdit}
          />
        </Field>
        <Field
          label="Alert severity label values"
          hint="One per line, value=SEVn, e.g. p1=SEV1. Built in: critical and page are SEV1, error/high/major SEV2, warning SEV3, info/low SEV4; anything else SEV3."
          error={mapError.length ? mapError : undefined}
        >
          <Textarea name="alertSeverityMap" rows={4} defaultValue={mapText} disabled={!canEdit} />
        </Field>
        {canEdit ? (
          <div className="row">
            <Button type="submit" variant="primary" pending={pending}>
              Save response settings
            </Button>
          </div>
        ) : null}
      </form>
    </Card>
  );
}
