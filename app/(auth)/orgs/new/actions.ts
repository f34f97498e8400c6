"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { unauthorized } from "@/lib/errors";
import { createOrganization, createOrgSchema } from "@/lib/orgs/service";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";

export async function createOrgAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runAction(async () => {
    const user = await currentUser();
    if (!user) throw unauthorized("Sign in to create an organization.");
    slug = (
      await createOrganization(user, parseForm(createOrgSchema, { name: form.get("name"), slug: form.get("slug") }))
    ).slug;
    return { ok: true };
  });
  if (state.ok) redirect(`/${slug}`);
  return state;
}
