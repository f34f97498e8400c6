"use server";

import { revalidatePath } from "next/cache";
import {
  createTarget,
  deleteTarget,
  sendTestNotification,
  setTargetEnabled,
  targetSchema,
} from "@/lib/notifications/targets";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

const path = (org: string) => `/${org}/settings/notifications`;

export async function createTargetAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const kind = form.get("kind");
    const input = parseForm(targetSchema, {
      name: form.get("name"),
      kind,
      events: form.getAll("events"),
      ...(kind === "email" ? { email: form.get("email") } : { url: form.get("url") }),
    });
    const { secret, target } = await createTarget(await actionContext(org), input);
    revalidatePath(path(org));
    if (target.kind === "email")
      return { ok: true, message: `"${target.name}" added: notifications go to ${target.email}.` };
    return {
      ok: true,
      secret,
      message: `"${target.name}" added. Its signing secret is shown once: receivers verify the webhook-signature header with it.`,
    };
  });
}

export async function targetAction(
  org: string,
  targetId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const intent = form.get("intent");
    if (intent === "test") await sendTestNotification(ctx, targetId);
    else if (intent === "enable" || intent === "disable") await setTargetEnabled(ctx, targetId, intent === "enable");
    else if (intent === "delete") await deleteTarget(ctx, targetId);
    else return { ok: false, message: "Unknown action." };
    revalidatePath(path(org));
    return { ok: true, message: intent === "test" ? "Test queued: see the delivery log." : "Saved." };
  });
}
