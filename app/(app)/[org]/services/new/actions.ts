"use server";

import { redirect } from "next/navigation";
import { createService, createServiceSchema } from "@/lib/services/catalog";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

export async function createServiceAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(createServiceSchema, {
      name: form.get("name"),
      slug: form.get("slug"),
      team: form.get("team") ?? "",
      description: form.get("description") ?? "",
      tier: Number(form.get("tier") ?? 2),
    });
    slug = (await createService(ctx, input)).slug;
    return { ok: true };
  });
  if (state.ok) redirect(`/${org}/services/${slug}`);
  return state;
}
