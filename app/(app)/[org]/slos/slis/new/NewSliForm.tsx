"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createSliAction } from "./actions";

export function NewSliForm({ org, services, serviceId }: { org: string; services: { id: string; name: string }[]; serviceId?: string }) {
  const [state, action, pending] = useActionState(createSliAction.bind(null, org), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 560 }}>
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="Service" error={errors.serviceId}>
        <Select name="serviceId" defaultValue={serviceId ?? services[0]?.id} required>
          {services.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </Select>
      </Field>
      <Field label="Name" hint="e.g. checkout-availability" error={errors.name}>
        <Input name="name" required />
      </Field>
      <Field label="Kind" hint="Both are stored as good and total events per minute." error={errors.kind}>
        <Select name="kind" defaultValue="ratio">
          <option value="ratio">Ratio of good to total events</option>
          <option value="threshold">Threshold (share of events at or under a value)</option>
        </Select>
      </Field>
      <Field label="Threshold value" hint="Threshold SLIs: e.g. 300 (with unit ms)." error={errors.thresholdValue}>
        <Input name="thresholdValue" inputMode="decimal" />
      </Field>
      <Field label="Threshold unit" error={errors.thresholdUnit}>
        <Input name="thresholdUnit" />
      </Field>
      <Field label="Source" error={errors.source}>
        <Select name="source" defaultValue="push">
          <option value="push">Push API (POST /api/v1/slis/{"{id}"}/points)</option>
          <option value="prometheus">Prometheus queries</option>
        </Select>
      </Field>
      <Field label="Good events query (PromQL)" error={errors.goodQuery}>
        <Input name="goodQuery" />
      </Field>
      <Field label="Total events query (PromQL)" error={errors.totalQuery}>
        <Input name="totalQuery" />
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" rows={2} />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>Create SLI</Button>
      </div>
    </form>
  );
}
