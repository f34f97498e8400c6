"use server";

import { revalidatePath } from "next/cache";
import {
  prometheusSettingsSchema,
  testPrometheusConnection,
  updatePrometheusSettings,
} from "@/lib/slo/prometheus/settings";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function savePrometheusAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const token = text(form, "bearerToken");
    // An empty token field keeps the stored token unless "remove" is ticked.
    const bearerToken = form.get("removeToken") === "on" ? "" : token || undefined;
    await updatePrometheusSettings(
      await actionContext(org),
      parseForm(prometheusSettingsSchema, { url: text(form, "url"), bearerToken }),
    );
    revalidatePath(`/${org}/settings/prometheus`);
    return { ok: true, message: "Saved." };
  });
}

export async function testPrometheusAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const { version } = await testPrometheusConnection(await actionContext(org), text(form, "url"));
    return { ok: true, message: `Connected: Prometheus ${version}.` };
  });
}
