"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";

export type ServiceFormValues = {
  name: string;
  slug: string;
  team: string;
  tier: number;
  description: string;
  links: Partial<Record<"runbook" | "repository" | "dashboard" | "onCall", string>>;
  dependsOn: string[];
};
type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

const LINKS = [
  { key: "runbook", label: "Runbook" },
  { key: "repository", label: "Repository" },
  { key: "dashboard", label: "Dashboard" },
  { key: "onCall", label: "On-call schedule" },
] as const;

/** Create and edit a service: what it is, who owns it, where its runbook lives, what it depends on. */
export function ServiceForm({
  action,
  values,
  others,
  submitLabel,
}: {
  action: Action;
  values?: ServiceFormValues;
  others: { slug: string; name: string }[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="stack" style={{ maxWidth: 640 }}>
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Name" error={errors.name}>
        <Input name="name" required defaultValue={values?.name} />
      </Field>
      <Field label="Slug" hint="Used in URLs and the API, e.g. checkout-api." error={errors.slug}>
        <Input name="slug" required defaultValue={values?.slug} />
      </Field>
      <Field label="Owning team" error={errors.team}>
        <Input name="team" defaultValue={values?.team} />
      </Field>
      <Field label="Tier" hint="1 is the most critical." error={errors.tier}>
        <Select name="tier" defaultValue={String(values?.tier ?? 2)}>
          <option value="1">Tier 1</option>
          <option value="2">Tier 2</option>
          <option value="3">Tier 3</option>
        </Select>
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" rows={3} defaultValue={values?.description} />
      </Field>
      {LINKS.map((l) => (
        <Field key={l.key} label={l.label} hint="Optional, a full URL." error={errors[`links.${l.key}`]}>
          <Input name={`links.${l.key}`} type="url" defaultValue={values?.links[l.key] ?? ""} />
        </Field>
      ))}
      {others.length ? (
        <fieldset className="stack" data-gap="1">
          <legend>Depends on</legend>
          {errors.dependsOn ? <Alert tone="critical">{errors.dependsOn.join(" ")}</Alert> : null}
          <div className="grid" data-min="sm">
            {others.map((o) => (
              <Checkbox
                key={o.slug}
                name="dependsOn"
                value={o.slug}
                label={o.name}
                defaultChecked={values?.dependsOn.includes(o.slug)}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
