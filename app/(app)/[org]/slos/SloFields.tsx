import { Field, Input, Select, Textarea } from "@/components/ui";

export type SloFieldValues = {
  name: string;
  description: string;
  target: string;
  windowKind: "rolling" | "calendar";
  windowDays: number | null;
  calendarUnit: "week" | "month" | null;
  timeZone: string;
  budgetingMethod: "occurrences" | "timeslices";
  timesliceThreshold: string | null;
  minEvents: number;
  freezeBelowRatio: string;
  incidentPolicy: "none" | "page" | "page_and_ticket";
  incidentSeverity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
};

export const NEW_SLO_VALUES: SloFieldValues = {
  name: "",
  description: "",
  target: "99.9",
  windowKind: "rolling",
  windowDays: 30,
  calendarUnit: "month",
  timeZone: "UTC",
  budgetingMethod: "occurrences",
  timesliceThreshold: null,
  minEvents: 0,
  freezeBelowRatio: "0",
  incidentPolicy: "none",
  incidentSeverity: "SEV2",
};

/** The fields of an SLO, shared by the new and edit forms (uncontrolled, named as sloFormValues reads them). */
export function SloFields({ values, errors }: { values: SloFieldValues; errors: Record<string, string[]> }) {
  return (
    <>
      <Field label="Name" error={errors.name}>
        <Input name="name" required defaultValue={values.name} />
      </Field>
      <Field label="Target (%)" hint="Stored exactly, e.g. 99.9" error={errors.target}>
        <Input name="target" inputMode="decimal" required defaultValue={values.target} />
      </Field>
      <Field label="Window" error={errors.windowKind}>
        <Select name="windowKind" defaultValue={values.windowKind}>
          <option value="rolling">Rolling</option>
          <option value="calendar">Calendar</option>
        </Select>
      </Field>
      <Field label="Rolling window (days)" hint="1 to 90, e.g. 7, 28 or 30" error={errors.windowDays}>
        <Input name="windowDays" type="number" min={1} max={90} defaultValue={String(values.windowDays ?? 30)} />
      </Field>
      <Field label="Calendar period" error={errors.calendarUnit}>
        <Select name="calendarUnit" defaultValue={values.calendarUnit ?? "month"}>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </Select>
      </Field>
      <Field label="Time zone (calendar windows)" error={errors.timeZone}>
        <Input name="timeZone" defaultValue={values.timeZone} />
      </Field>
      <Field label="Budgeting method" error={errors.budgetingMethod}>
        <Select name="budgetingMethod" defaultValue={values.budgetingMethod}>
          <option value="occurrences">Occurrences (good / total events)</option>
          <option value="timeslices">Timeslices (good minutes)</option>
        </Select>
      </Field>
      <Field
        label="Timeslice threshold"
        hint="Timeslices: a minute is good when good/total ≥ this, e.g. 0.99"
        error={errors.timesliceThreshold}
      >
        <Input name="timesliceThreshold" inputMode="decimal" defaultValue={values.timesliceThreshold ?? ""} />
      </Field>
      <Field
        label="Minimum events for alerts"
        hint="Burn-rate alerts stay silent below this many events in the long window."
        error={errors.minEvents}
      >
        <Input name="minEvents" type="number" min={0} defaultValue={String(values.minEvents)} />
      </Field>
      <Field
        label="Freeze deploys below budget share"
        hint="0 freezes once the budget is spent; 0.25 freezes with a quarter left."
        error={errors.freezeBelowRatio}
      >
        <Input name="freezeBelowRatio" inputMode="decimal" defaultValue={values.freezeBelowRatio} />
      </Field>
      <Field label="Incident policy" error={errors.incidentPolicy}>
        <Select name="incidentPolicy" defaultValue={values.incidentPolicy}>
          <option value="none">Never declare incidents</option>
          <option value="page">Declare on page alerts</option>
          <option value="page_and_ticket">Declare on page and ticket alerts</option>
        </Select>
      </Field>
      <Field label="Incident severity" error={errors.incidentSeverity}>
        <Select name="incidentSeverity" defaultValue={values.incidentSeverity}>
          {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" rows={2} defaultValue={values.description} />
      </Field>
    </>
  );
}
