"use server";

import { redirect } from "next/navigation";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { createSli, createSliSchema } from "@/lib/slo/slis";
import { sliFormValues } from "../../form-values";

export async function createSliAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(createSliSchema, { serviceId: form.get("serviceId"), ...sliFormValues(form) });
    const sli = await createSli(ctx, input);
    return { ok: true, message: sli.id };
  });
  if (state.ok) redirect(`/${org}/slos/new?sliId=${state.message ?? ""}`);
  return state;
}
