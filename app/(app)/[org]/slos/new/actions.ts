"use server";

import { redirect } from "next/navigation";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { createSlo, createSloSchema } from "@/lib/slo/slos";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

export async function createSloAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let id = "";
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const windowKind = text(form, "windowKind") ?? "rolling";
    const input = parseForm(createSloSchema, {
      sliId: form.get("sliId"),
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
    });
    id = (await createSlo(ctx, input)).id;
    return { ok: true };
  });
  if (state.ok) redirect(`/${org}/slos/${id}`);
  return state;
}
