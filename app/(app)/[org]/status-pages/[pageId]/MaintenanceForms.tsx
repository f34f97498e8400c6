"use client";

import { useActionState } from "react";
import { Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { maintenanceUpdateAction, scheduleMaintenanceAction } from "../actions";
import { FormMessage } from "./FormMessage";

// datetime-local has no zone: the browser's own is meant, so it turns it into an instant here.
const toInstant = (local: FormDataEntryValue | null) => {
  const d = typeof local === "string" && local ? new Date(local) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : "";
};

export function ScheduleMaintenanceForm({
  org,
  pageId,
  components,
}: {
  org: string;
  pageId: string;
  components: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(scheduleMaintenanceAction.bind(null, org, pageId), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  const submit = (form: FormData) => {
    form.set("scheduledFor", toInstant(form.get("startLocal")));
    form.set("scheduledUntil", toInstant(form.get("endLocal")));
    action(form);
  };
  return (
    <form action={submit} className="stack" aria-label="Schedule maintenance">
      <div className="grid" data-min="md">
        <Field label="Title" error={errors.name}>
          <Input name="name" required />
        </Field>
        <Field label="Starts (your local time)" error={errors.scheduledFor}>
          <Input name="startLocal" type="datetime-local" step={1} required />
        </Field>
        <Field label="Ends (your local time)" error={errors.scheduledUntil}>
          <Input name="endLocal" type="datetime-local" step={1} required />
        </Field>
      </div>
      {components.length ? (
        <fieldset className="stack">
          <legend>Components under maintenance</legend>
          <div className="grid" data-min="sm">
            {components.map((c) => (
              <Checkbox key={c.id} name="componentIds" value={c.id} label={c.name} />
            ))}
          </div>
        </fieldset>
      ) : null}
      <Field label="What will happen" hint="The first public update." error={errors.body}>
        <Textarea name="body" rows={3} required />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Schedule maintenance
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function MaintenanceUpdateForm({
  org,
  pageId,
  maintenanceId,
  name,
  started,
}: {
  org: string;
  pageId: string;
  maintenanceId: string;
  name: string;
  started: boolean;
}) {
  const [state, action, pending] = useActionState(
    maintenanceUpdateAction.bind(null, org, pageId, maintenanceId),
    {} as ActionState,
  );
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" aria-label={`Update ${name}`}>
      <Field label="Update" error={errors.body}>
        <Textarea name="body" rows={2} required />
      </Field>
      <div className="row">
        <Field label="Step" error={errors.status}>
          <Select name="status" defaultValue="" placeholder="No change (follows the clock)">
            {started ? <option value="verifying">Verifying</option> : null}
            <option value="completed">Completed (ends it now)</option>
          </Select>
        </Field>
        <Button type="submit" pending={pending}>
          Post update
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
