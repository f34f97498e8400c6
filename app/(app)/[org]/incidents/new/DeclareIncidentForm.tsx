"use client";

import { useActionState } from "react";
import { Alert, Button, Checkbox, Field, Input, SeverityBadge, Textarea } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { declareIncidentAction } from "./actions";
import styles from "./DeclareIncidentForm.module.css";

type Props = {
  org: string;
  severities: { severity: string; description: string; updateIntervalMinutes: number }[];
  services: { id: string; name: string }[];
};

export function DeclareIncidentForm({ org, severities, services }: Props) {
  const [state, action, pending] = useActionState(declareIncidentAction.bind(null, org), {} as ActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" style={{ maxWidth: 640 }}>
      {state.message ? <Alert tone="critical">{state.message}</Alert> : null}
      <Field label="What is broken?" error={errors.title} required>
        <Input name="title" required autoFocus placeholder="Checkout returns 500s" autoComplete="off" />
      </Field>
      <fieldset className={styles.severities}>
        <legend>Severity</legend>
        {severities.map((s) => (
          <label key={s.severity} className={styles.severity}>
            <input type="radio" name="severity" value={s.severity} required />
            <SeverityBadge severity={s.severity} />
            <span className={styles.description}>{s.description}</span>
            <span className={styles.cadence}>updates every {s.updateIntervalMinutes} min</span>
          </label>
        ))}
        {errors.severity ? (
          <p className={styles.error} role="alert">
            {errors.severity.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field label="Summary" hint="Optional: what you know so far." error={errors.summary}>
        <Textarea name="summary" rows={3} />
      </Field>
      {services.length ? (
        <fieldset className={styles.services}>
          <legend>Affected services (optional)</legend>
          {services.map((s) => (
            <Checkbox key={s.id} name="serviceIds" value={s.id} label={s.name} />
          ))}
        </fieldset>
      ) : null}
      <Checkbox
        name="private"
        label="Private (security incident)"
        hint="Only you see it until you add people; it is never published or named in notifications."
      />
      <div className="row">
        <Button type="submit" variant="danger" pending={pending}>
          Declare incident
        </Button>
      </div>
    </form>
  );
}
