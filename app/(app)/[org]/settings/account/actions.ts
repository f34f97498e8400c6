"use server";

import { redirect } from "next/navigation";
import { changePassword, changePasswordSchema, signOutEverywhere } from "@/lib/auth/account";
import { currentUser } from "@/lib/auth/session";
import { unauthorized } from "@/lib/errors";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";

async function me() {
  const user = await currentUser();
  if (!user) throw unauthorized("Sign in again.");
  return user;
}

export async function changePasswordAction(_org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async () => {
    await changePassword(
      await me(),
      parseForm(changePasswordSchema, { current: form.get("current"), next: form.get("next") }),
    );
    return { ok: true };
  });
  if (state.ok) redirect("/signin?callbackUrl=/");
  return state;
}

export async function signOutEverywhereAction(_org: string, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const state = await runAction(async () => {
    await signOutEverywhere(await me());
    return { ok: true };
  });
  if (state.ok) redirect("/signin");
  return state;
}
