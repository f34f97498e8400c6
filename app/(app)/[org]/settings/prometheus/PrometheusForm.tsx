"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { savePrometheusAction, testPrometheusAction } from "./actions";

export function PrometheusForm({ org, url, bearerTokenSet }: { org: string; url: string; bearerTokenSet: boolean }) {
  const [saved, save, saving] = useActionState(savePrometheusAction.bind(null, org), {} as ActionState);
  const [tested, test, testing] = useActionState(testPrometheusAction.bind(null, org), {} as ActionState);
  return (
    <form action={save} className="stack">
      {saved.message ? <Alert tone={saved.ok ? "ok" : "critical"}>{saved.message}</Alert> : null}
      {tested.message ? <Alert tone={tested.ok ? "ok" : "critical"}>{tested.message}</Alert> : null}
      <Field
        label="Prometheus base URL"
        hint="Where /api/v1/query_range answers, e.g. http://prometheus:9090. Empty switches polling off."
        error={saved.fieldErrors?.url}
      >
        <Input name="url" type="url" defaultValue={url} placeholder="http://prometheus:9090" mono />
      </Field>
      <Field
        label="Bearer token (optional)"
        hint={
          bearerTokenSet
            ? "A token is set; it is never shown. Type a new one to replace it."
            : "Sent as Authorization: Bearer <token>."
        }
        error={saved.fieldErrors?.bearerToken}
      >
        <Input name="bearerToken" type="password" autoComplete="off" placeholder={bearerTokenSet ? "set" : ""} />
      </Field>
      {bearerTokenSet ? <Checkbox name="removeToken" label="Remove the stored token" /> : null}
      <div className="row">
        <Button type="submit" variant="primary" pending={saving}>
          Save
        </Button>
        <Button type="submit" formAction={test} pending={testing}>
          Test connection
        </Button>
      </div>
    </form>
  );
}
