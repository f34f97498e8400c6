"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { updateSlo, updateSloSchema } from "@/lib/slo/slos";
import { alertConditionsValue, sloFormValues } from "../../form-values";

export async function updateSloAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(updateSloSchema, { ...sloFormValues(form), alertConditions: alertConditionsValue(form) });
    await updateSlo(ctx, id, input);
    return { ok: true };
  });
  if (state.ok) {
    revalidatePath(`/${org}/slos`, "layout");
    redirect(`/${org}/slos/${id}`);
  }
  return state;
}
