"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { updateSli, updateSliSchema } from "@/lib/slo/slis";
import { sliFormValues } from "../../../form-values";

/** `back`: the page to return to, only ever a path inside this organization's SLOs. */
export async function updateSliAction(
  org: string,
  id: string,
  back: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    await updateSli(ctx, id, parseForm(updateSliSchema, sliFormValues(form)));
    return { ok: true };
  });
  if (state.ok) {
    revalidatePath(`/${org}/slos`, "layout");
    redirect(back.startsWith(`/${org}/slos`) && !back.includes("//") ? back : `/${org}/slos`);
  }
  return state;
}
