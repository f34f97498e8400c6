// What the SLO and SLI forms submit, as the raw objects the zod schemas (createSloSchema,
// updateSloSchema, createSliSchema, updateSliSchema) validate.

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

/** The SLO form's fields; the window and threshold fields that do not apply are sent as null. */
export function sloFormValues(form: FormData) {
  const windowKind = text(form, "windowKind") ?? "rolling";
  return {
    name: form.get("name"),
    description: form.get("description") ?? "",
    target: text(form, "target") ?? "",
    windowKind,
    windowDays: windowKind === "rolling" ? Number(text(form, "windowDays") ?? 30) : null,
    calendarUnit: windowKind === "calendar" ? (text(form, "calendarUnit") ?? "month") : null,
    timeZone: text(form, "timeZone") ?? "UTC",
    budgetingMethod: text(form, "budgetingMethod") ?? "occurrences",
    timesliceThreshold: text(form, "timesliceThreshold") ?? null,
    minEvents: Number(text(form, "minEvents") ?? 0),
    freezeBelowRatio: text(form, "freezeBelowRatio") ?? "0",
    incidentPolicy: text(form, "incidentPolicy") ?? "none",
    incidentSeverity: text(form, "incidentSeverity") ?? "SEV2",
  };
}

/** "defaults" (null: Vigil's scaled defaults) or the JSON list the conditions editor keeps in a hidden field. */
export function alertConditionsValue(form: FormData): unknown {
  const raw = text(form, "alertConditions");
  if (raw === undefined || raw === "defaults") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw; // not a list: the schema names the field
  }
}

export function sliFormValues(form: FormData) {
  return {
    name: form.get("name"),
    description: form.get("description") ?? "",
    kind: form.get("kind") ?? "ratio",
    source: form.get("source") ?? "push",
    goodQuery: text(form, "goodQuery") ?? null,
    totalQuery: text(form, "totalQuery") ?? null,
    thresholdValue: text(form, "thresholdValue") ?? null,
    thresholdUnit: text(form, "thresholdUnit") ?? null,
  };
}
