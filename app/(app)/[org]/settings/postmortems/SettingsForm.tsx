"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import type { SeverityPolicy } from "@/lib/postmortems/core/policy";
import type { ActionState } from "@/lib/server/action";
import { savePostmortemSettingsAction } from "./actions";

export function PostmortemSettingsForm({
  org,
  template,
  postPublicSummary,
  policies,
  canEdit,
}: {
  org: string;
  template: string;
  postPublicSummary: boolean;
  policies: SeverityPolicy[];
  canEdit: boolean;
}) {
  const [state, action, pending] = useActionState(savePostmortemSettingsAction.bind(null, org), {} as ActionState);
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <form action={action} className="stack">
      {state.message ? (
        <Alert tone={state.ok ? "ok" : "critical"} role={state.ok ? "status" : "alert"}>
          {state.message}
          {errors.length ? (
            <ul>
              {errors.map(([k, v]) => (
                <li key={k}>
                  {k}: {v.join(" ")}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <fieldset className="stack" disabled={!canEdit}>
        <legend>Severity policy</legend>
        {policies.map((p) => (
          <div key={p.severity} className="row">
            <strong>{p.severity}</strong>
            <Checkbox name={`${p.severity}.required`} label="Post-mortem required" defaultChecked={p.required} />
            <Field label={`${p.severity} review due within`}>
              <Input name={`${p.severity}.dueAmount`} type="number" min={1} max={90} defaultValue={p.dueAmount} />
            </Field>
            <Field label={`${p.severity} unit`} hideLabel>
              <Select name={`${p.severity}.dueUnit`} defaultValue={p.dueUnit}>
                <option value="calendar_days">days</option>
                <option value="business_days">business days (Mon–Fri, UTC)</option>
              </Select>
            </Field>
          </div>
        ))}
      </fieldset>
      <fieldset disabled={!canEdit}>
        <legend>Publishing</legend>
        <Checkbox
          name="postPublicSummary"
          label="Post the public summary as a public update on the incident when a post-mortem is published (status pages show public updates)"
          defaultChecked={postPublicSummary}
        />
      </fieldset>
      <Field
        label="Template"
        hint="One section per line: key | Title | guidance for writers. Keys are lowercase (summary is required); action_items, root_cause and timeline get their special panels."
      >
        <Textarea name="template" rows={14} defaultValue={template} disabled={!canEdit} />
      </Field>
      {canEdit ? (
        <div>
          <Button type="submit" variant="primary" pending={pending}>
            Save post-mortem settings
          </Button>
        </div>
      ) : null}
    </form>
  );
}
