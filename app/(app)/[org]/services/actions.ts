"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createService, deleteService, updateService } from "@/lib/services/catalog";
import { runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

/** The service form's fields as the catalog's input; empty link fields mean "no link". */
function serviceFields(form: FormData) {
  const links = Object.fromEntries(
    ["runbook", "repository", "dashboard", "onCall"].flatMap((k) => {
      const v = String(form.get(`links.${k}`) ?? "").trim();
      return v ? [[k, v]] : [];
    }),
  );
  return {
    name: String(form.get("name") ?? ""),
    slug: String(form.get("slug") ?? ""),
    team: String(form.get("team") ?? ""),
    description: String(form.get("description") ?? ""),
    tier: Number(form.get("tier") ?? 2),
    links,
    dependsOn: form.getAll("dependsOn").map(String),
  };
}

export async function createServiceAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runAction(async () => {
    slug = (await createService(await actionContext(org), serviceFields(form))).slug;
    return { ok: true };
  });
  if (state.ok) redirect(`/${org}/services/${slug}`);
  return state;
}

export async function updateServiceAction(
  org: string,
  slug: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let newSlug = "";
  const state = await runAction(async () => {
    newSlug = (await updateService(await actionContext(org), slug, serviceFields(form))).slug;
    return { ok: true };
  });
  if (state.ok) {
    revalidatePath(`/${org}/services`);
    redirect(`/${org}/services/${newSlug}`);
  }
  return state;
}

export async function deleteServiceAction(org: string, slug: string, _prev: ActionState): Promise<ActionState> {
  const state = await runAction(async () => {
    await deleteService(await actionContext(org), slug);
    return { ok: true };
  });
  if (state.ok) {
    revalidatePath(`/${org}/services`);
    redirect(`/${org}/services`);
  }
  return state;
}
