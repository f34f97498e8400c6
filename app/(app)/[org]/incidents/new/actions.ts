"use server";

import { redirect } from "next/navigation";
import { declareIncident, declareIncidentSchema } from "@/lib/incidents/declare";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

export async function declareIncidentAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let number = 0;
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(declareIncidentSchema, {
      title: form.get("title"),
      severity: form.get("severity") ?? undefined,
      summary: form.get("summary") || undefined,
      serviceIds: form.getAll("serviceIds").map(String).filter(Boolean),
      private: form.get("private") === "on",
      source: "manual",
    });
    number = (await declareIncident(ctx, input)).number;
    return { ok: true };
  });
  if (state.ok) redirect(`/${org}/incidents/${number}`);
  return state;
}
