"use server";

import { redirect } from "next/navigation";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { createSlo, createSloSchema } from "@/lib/slo/slos";
import { sloFormValues } from "../form-values";

export async function createSloAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let id = "";
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(createSloSchema, { sliId: form.get("sliId"), ...sloFormValues(form) });
    id = (await createSlo(ctx, input)).id;
    return { ok: true };
  });
  if (state.ok) redirect(`/${org}/slos/${id}`);
  return state;
}
