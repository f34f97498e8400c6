"use server";

import { revalidatePath } from "next/cache";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { exceptionSchema, grantDeployGateException } from "@/lib/slo/deploy-gate";

export async function grantExceptionAction(
  org: string,
  slug: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(exceptionSchema, {
      reason: form.get("reason"),
      durationMinutes: Number(form.get("durationMinutes") ?? 60),
    });
    const exception = await grantDeployGateException(ctx, slug, input);
    revalidatePath(`/${org}/services/${slug}`);
    return { ok: true, message: `Deploys allowed until ${exception.expiresAt.toISOString()}.` };
  });
}
