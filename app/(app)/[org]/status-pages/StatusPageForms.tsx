"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createStatusPageAction, updateStatusPageAction } from "./actions";

export type PageValues = {
  name: string;
  slug: string;
  hostName: string | null;
  logoUrl: string | null;
  brandColor: string;
  backgroundColor: string;
  supportUrl: string | null;
  timeZone: string;
  published: boolean;
};

const NEW_PAGE: PageValues = {
  name: "",
  slug: "",
  hostName: null,
  logoUrl: null,
  brandColor: "#2563eb",
  backgroundColor: "#ffffff",
  supportUrl: null,
  timeZone: "UTC",
  published: false,
};

function PageFields({ values, errors }: { values: PageValues; errors: Record<string, string[]> }) {
  return (
    <>
      <div className="grid" data-min="md">
        <Field label="Name" error={errors.name}>
          <Input name="name" required defaultValue={values.name} />
        </Field>
        <Field label="Slug" hint="The page is at /status/<slug>." error={errors.slug}>
          <Input name="slug" required defaultValue={values.slug} />
        </Field>
        <Field
          label="Own host name"
          hint="Optional, e.g. status.example.com: point its DNS at Vigil."
          error={errors.hostName}
        >
          <Input name="hostName" defaultValue={values.hostName ?? ""} />
        </Field>
        <Field label="Time zone" hint="IANA name, e.g. Europe/Paris." error={errors.timeZone}>
          <Input name="timeZone" required defaultValue={values.timeZone} />
        </Field>
        <Field label="Logo URL" error={errors.logoUrl}>
          <Input name="logoUrl" type="url" defaultValue={values.logoUrl ?? ""} />
        </Field>
        <Field label="Support link" error={errors.supportUrl}>
          <Input name="supportUrl" type="url" defaultValue={values.supportUrl ?? ""} />
        </Field>
        <Field label="Brand colour" error={errors.brandColor}>
          <Input name="brandColor" type="color" defaultValue={values.brandColor} />
        </Field>
        <Field
          label="Background colour"
          hint="Light scheme; readers in dark mode get the dark scheme."
          error={errors.backgroundColor}
        >
          <Input name="backgroundColor" type="color" defaultValue={values.backgroundColor} />
        </Field>
      </div>
      <Checkbox
        name="published"
        label="Published"
        hint="Unpublished pages answer 404 to the public."
        defaultChecked={values.published}
      />
    </>
  );
}

export function CreateStatusPageForm({ org }: { org: string }) {
  const [state, action, pending] = useActionState(createStatusPageAction.bind(null, org), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      <PageFields values={NEW_PAGE} errors={state.fieldErrors ?? {}} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Create status page
        </Button>
      </div>
    </form>
  );
}

export function PageSettingsForm({ org, pageId, values }: { org: string; pageId: string; values: PageValues }) {
  const [state, action, pending] = useActionState(updateStatusPageAction.bind(null, org, pageId), {} as ActionState);
  return (
    <form action={action} className="stack">
      {state.message ? <Alert tone={state.ok ? "ok" : "critical"}>{state.message}</Alert> : null}
      <PageFields values={values} errors={state.fieldErrors ?? {}} />
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
