import { Field, Input, Select, Textarea } from "@/components/ui";

export type SliFieldValues = {
  name: string;
  description: string;
  kind: "ratio" | "threshold";
  source: "push" | "prometheus";
  goodQuery: string | null;
  totalQuery: string | null;
  thresholdValue: string | null;
  thresholdUnit: string | null;
};

export const NEW_SLI_VALUES: SliFieldValues = {
  name: "",
  description: "",
  kind: "ratio",
  source: "push",
  goodQuery: null,
  totalQuery: null,
  thresholdValue: null,
  thresholdUnit: null,
};

/** The fields of an SLI (all but its service), shared by the new and edit forms. */
export function SliFields({ values, errors }: { values: SliFieldValues; errors: Record<string, string[]> }) {
  return (
    <>
      <Field label="Name" hint="e.g. checkout-availability" error={errors.name}>
        <Input name="name" required defaultValue={values.name} />
      </Field>
      <Field label="Kind" hint="Both are stored as good and total events per minute." error={errors.kind}>
        <Select name="kind" defaultValue={values.kind}>
          <option value="ratio">Ratio of good to total events</option>
          <option value="threshold">Threshold (share of events at or under a value)</option>
        </Select>
      </Field>
      <Field label="Threshold value" hint="Threshold SLIs: e.g. 300 (with unit ms)." error={errors.thresholdValue}>
        <Input name="thresholdValue" inputMode="decimal" defaultValue={values.thresholdValue ?? ""} />
      </Field>
      <Field label="Threshold unit" error={errors.thresholdUnit}>
        <Input name="thresholdUnit" defaultValue={values.thresholdUnit ?? ""} />
      </Field>
      <Field label="Source" error={errors.source}>
        <Select name="source" defaultValue={values.source}>
          <option value="push">Push API (POST /api/v1/slis/{"{id}"}/points)</option>
          <option value="prometheus">Prometheus queries</option>
        </Select>
      </Field>
      <Field
        label="Good events query (PromQL)"
        hint={
          'Events per second, e.g. sum(rate(http_requests_total{code!~"5.."}[1m])). Changing a query polls the SLO window again.'
        }
        error={errors.goodQuery}
      >
        <Input name="goodQuery" defaultValue={values.goodQuery ?? ""} />
      </Field>
      <Field label="Total events query (PromQL)" error={errors.totalQuery}>
        <Input name="totalQuery" defaultValue={values.totalQuery ?? ""} />
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea name="description" rows={2} defaultValue={values.description} />
      </Field>
    </>
  );
}
