"use server";

import { revalidatePath } from "next/cache";
import { SEVERITIES } from "@/lib/incidents/core/lifecycle";
import { savePostmortemSettings, settingsSchema } from "@/lib/postmortems/settings";
import { templateFromText } from "@/lib/postmortems/core/template";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

export async function savePostmortemSettingsAction(
  org: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const input = parseForm(settingsSchema, {
      template: templateFromText(String(form.get("template") ?? "")),
      postPublicSummary: form.get("postPublicSummary") === "on",
      policies: SEVERITIES.map((severity) => ({
        severity,
        required: form.get(`${severity}.required`) === "on",
        dueAmount: Number(form.get(`${severity}.dueAmount`)),
        dueUnit: String(form.get(`${severity}.dueUnit`)),
      })),
    });
    await savePostmortemSettings(ctx, input);
    revalidatePath(`/${org}/settings/postmortems`);
    return { ok: true, message: "Saved. New post-mortems use this template; the policy applies to every incident." };
  });
}
