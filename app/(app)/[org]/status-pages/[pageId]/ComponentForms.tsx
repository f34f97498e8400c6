"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input, Select } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { COMPONENT_STATUS_LABEL } from "@/lib/statuspage/core/render/labels";
import { COMPONENT_STATUSES } from "@/lib/statuspage/core/types";
import {
  componentAction,
  createComponentAction,
  createGroupAction,
  deleteGroupAction,
  updateComponentAction,
} from "../actions";
import { FormMessage } from "./FormMessage";

type Option = { id: string; name: string };
export type ComponentValues = {
  id: string;
  name: string;
  description: string | null;
  groupId: string | null;
  serviceId: string | null;
  position: number;
  showcase: boolean;
  onlyShowIfDegraded: boolean;
  startDate: string | null;
};

export function GroupForm({ org, pageId }: { org: string; pageId: string }) {
  const [state, action, pending] = useActionState(createGroupAction.bind(null, org, pageId), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="row" aria-label="New component group">
      <Field label="Group name" error={errors.name}>
        <Input name="name" required />
      </Field>
      <Field label="Position" error={errors.position}>
        <Input name="position" type="number" min={0} defaultValue="0" />
      </Field>
      <Button type="submit" pending={pending}>
        Add group
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

function ComponentFields({
  values,
  groups,
  services,
  errors,
}: {
  values?: ComponentValues;
  groups: Option[];
  services: Option[];
  errors: Record<string, string[]>;
}) {
  return (
    <>
      <div className="grid" data-min="md">
        <Field label="Component name" error={errors.name}>
          <Input name="name" required defaultValue={values?.name} />
        </Field>
        <Field label="Service" hint="Its open incidents set the component's status." error={errors.serviceId}>
          <Select
            name="serviceId"
            defaultValue={values?.serviceId ?? ""}
            placeholder="No service (status set by hand)"
            options={services.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Field>
        <Field label="Group" error={errors.groupId}>
          <Select
            name="groupId"
            defaultValue={values?.groupId ?? ""}
            placeholder="No group"
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Field>
        <Field label="Position" error={errors.position}>
          <Input name="position" type="number" min={0} defaultValue={String(values?.position ?? 0)} />
        </Field>
        <Field label="Description" error={errors.description}>
          <Input name="description" defaultValue={values?.description ?? ""} />
        </Field>
        <Field
          label="Uptime history starts"
          hint="Optional; defaults to when the component was added."
          error={errors.startDate}
        >
          <Input name="startDate" type="date" defaultValue={values?.startDate ?? ""} />
        </Field>
      </div>
      <div className="row">
        <Checkbox name="showcase" label="Show 90-day uptime bars" defaultChecked={values?.showcase ?? true} />
        <Checkbox
          name="onlyShowIfDegraded"
          label="Show only while not operational"
          defaultChecked={values?.onlyShowIfDegraded ?? false}
        />
      </div>
    </>
  );
}

export function NewComponentForm({
  org,
  pageId,
  groups,
  services,
}: {
  org: string;
  pageId: string;
  groups: Option[];
  services: Option[];
}) {
  const [state, action, pending] = useActionState(createComponentAction.bind(null, org, pageId), {} as ActionState);
  return (
    <form action={action} className="stack" aria-label="New component">
      <ComponentFields groups={groups} services={services} errors={state.fieldErrors ?? {}} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Add component
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function EditComponentForm({
  org,
  pageId,
  values,
  groups,
  services,
}: {
  org: string;
  pageId: string;
  values: ComponentValues;
  groups: Option[];
  services: Option[];
}) {
  const [state, action, pending] = useActionState(
    updateComponentAction.bind(null, org, pageId, values.id),
    {} as ActionState,
  );
  return (
    <details>
      <summary>Edit</summary>
      <form action={action} className="stack" aria-label={`Edit ${values.name}`}>
        <ComponentFields values={values} groups={groups} services={services} errors={state.fieldErrors ?? {}} />
        <div className="row">
          <Button type="submit" pending={pending}>
            Save component
          </Button>
          <FormMessage state={state} />
        </div>
      </form>
    </details>
  );
}

/** A responder's override of the derived status, and (for admins) deletion. */
export function ComponentStatusForm({
  org,
  pageId,
  componentId,
  name,
  override,
  canDelete,
}: {
  org: string;
  pageId: string;
  componentId: string;
  name: string;
  override: string | null;
  canDelete: boolean;
}) {
  const [state, action, pending] = useActionState(
    componentAction.bind(null, org, pageId, componentId),
    {} as ActionState,
  );
  return (
    <form action={action} className="row">
      <Select
        name="status"
        size="sm"
        aria-label={`Override status of ${name}`}
        defaultValue={override ?? ""}
        placeholder="Follow incidents"
        options={COMPONENT_STATUSES.map((s) => ({ value: s, label: COMPONENT_STATUS_LABEL[s] }))}
      />
      <Button type="submit" size="sm" name="intent" value="override" disabled={pending}>
        Set status
      </Button>
      {override ? (
        <Button type="submit" size="sm" variant="ghost" name="intent" value="clear" disabled={pending}>
          Clear override
        </Button>
      ) : null}
      {canDelete ? (
        <Button
          type="submit"
          size="sm"
          variant="danger"
          name="intent"
          value="delete"
          disabled={pending}
          aria-label={`Delete ${name}`}
        >
          Delete
        </Button>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteGroupButton({
  org,
  pageId,
  groupId,
  name,
}: {
  org: string;
  pageId: string;
  groupId: string;
  name: string;
}) {
  const [state, action, pending] = useActionState(
    deleteGroupAction.bind(null, org, pageId, groupId),
    {} as ActionState,
  );
  return (
    <form action={action} className="row">
      <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={`Delete group ${name}`}>
        Delete group
      </Button>
      {state.ok === false ? <Alert tone="critical">{state.message}</Alert> : null}
    </form>
  );
}
