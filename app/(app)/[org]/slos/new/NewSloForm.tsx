"use client";

import { useActionState } from "react";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { createSloAction } from "./actions";

export function NewSloForm({ org, slis, sliId }: { org: string; slis: { id: string; name: string }[]; sliId?: string }) {
  const [state, action, pending] = useActionState(createSloAction.bind(null, org), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 560 }}>
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="SLI" error={errors.sliId}>
        <Select name="sliId" defaultValue={sliId ?? slis[0]?.id} required>
          {slis.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </Select>
      </Field>
      <Field label="Name" error={errors.name}>
        <Input name="name" required />
      </Field>
      <Field label="Target (%)" hint="Stored exactly, e.g. 99.9" error={errors.target}>
        <Input name="target" inputMode="decimal" required defaultValue="99.9" />
      </Field>
      <Field label="Window" error={errors.windowKind}>
        <Select name="windowKind" defaultValue="rolling">
          <option value="rolling">Rolling</option>
          <option value="calendar">Calendar</option>
        </Select>
      </Field>
      <Field label="Rolling window (days)" error={errors.windowDays}>
        <Select name="windowDays" defaultValue="30">
          <option value="7">7 days</option>
          <option value="28">28 days</option>
          <option value="30">30 days</option>
        </Select>
      </Field>
      <Field label="Calendar period" error={errors.calendarUnit}>
        <Select name="calendarUnit" defaultValue="month">
          <option value="week">Week</option>
          <option value="month">Month</option>
        </Select>
      </Field>
      <Field label="Time zone (calendar windows)" error={errors.timeZone}>
        <Input name="timeZone" defaultValue="UTC" />
      </Field>
      <Field label="Budgeting method" error={errors.budgetingMethod}>
        <Select name="budgetingMethod" defaultValue="occurrences">
          <option value="occurrences">Occurrences (good / total events)</option>
          <option value="timeslices">Timeslices (good minutes)</option>
        </Select>
      </Field>
      <Field label="Timeslice threshold" hint="Timeslices: a minute is good when good/total ≥ this, e.g. 0.99" error={errors.timesliceThreshold}>
        <Input name="timesliceThreshold" inputMode="decimal" />
      </Field>
      <Field label="Minimum events for alerts" hint="Burn-rate alerts stay silent below this many events in the long window." error={errors.minEvents}>
        <Input name="minEvents" type="number" min={0} defaultValue="0" />
      </Field>
      <Field label="Freeze deploys below budget share" hint="0 freezes once the budget is spent; 0.25 freezes with a quarter left." error={errors.freezeBelowRatio}>
        <Input name="freezeBelowRatio" inputMode="decimal" defaultValue="0" />
      </Field>
      <Field label="Incident policy" error={errors.incidentPolicy}>
        <Select name="incidentPolicy" defaultValue="none">
          <option value="none">Never declare incidents</option>
          <option value="page">Declare on page alerts</option>
          <option value="page_and_ticket">Declare on page and ticket alerts</option>
        </Select>
      </Field>
      <Field label="Incident severity" error={errors.incidentSeverity}>
        <Select name="incidentSeverity" defaultValue="SEV2">
          {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" rows={2} />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" pending={pending}>Create SLO</Button>
      </div>
    </form>
  );
}
