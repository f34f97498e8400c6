"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { unauthorized } from "@/lib/errors";
import { acceptInvite, registerSchema, registerWithInvite } from "@/lib/orgs/service";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";

export async function acceptInviteAction(token: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runAction(async () => {
    const user = await currentUser();
    if (!user) throw unauthorized("Sign in first, then open the invite link again.");
    slug = (await acceptInvite(user, token)).slug;
    return { ok: true };
  });
  if (state.ok) redirect(`/${slug}`);
  return state;
}

export async function registerAction(token: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const input = parseForm(registerSchema, {
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
    });
    const org = await registerWithInvite(token, input);
    return { ok: true, message: `Your account is ready and you have joined ${org.name}. Sign in to continue.` };
  });
}
