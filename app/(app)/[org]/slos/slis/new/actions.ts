"use server";

import { redirect } from "next/navigation";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { createSli, createSliSchema } from "@/lib/slo/slis";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};

export async function createSliAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(createSliSchema, {
      serviceId: form.get("serviceId"),
      name: form.get("name"),
      description: form.get("description") ?? "",
      kind: form.get("kind") ?? "ratio",
      source: form.get("source") ?? "push",
      goodQuery: text(form, "goodQuery") ?? null,
      totalQuery: text(form, "totalQuery") ?? null,
      thresholdValue: text(form, "thresholdValue") ?? null,
      thresholdUnit: text(form, "thresholdUnit") ?? null,
    });
    const sli = await createSli(ctx, input);
    return { ok: true, message: sli.id };
  });
  if (state.ok) redirect(`/${org}/slos/new?sliId=${state.message ?? ""}`);
  return state;
}
