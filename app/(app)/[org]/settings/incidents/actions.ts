"use server";

import { revalidatePath } from "next/cache";
import {
  deleteRoleDefinition,
  roleDefinitionSchema,
  saveRoleDefinition,
  saveSeverityDefinition,
  severityDefinitionSchema,
} from "@/lib/incidents/definitions";
import { parseSeverityMapLines, saveIncidentSettings } from "@/lib/incidents/settings";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

const lines = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export async function saveRoleAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    if (form.get("op") === "delete") await deleteRoleDefinition(ctx, String(form.get("key")));
    else
      await saveRoleDefinition(
        ctx,
        parseForm(roleDefinitionSchema, {
          key: form.get("key"),
          name: form.get("name"),
          checklist: lines(form.get("checklist")),
        }),
      );
    revalidatePath(`/${org}/settings/incidents`);
    return { ok: true, message: "Saved." };
  });
}

export async function saveSeverityAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    await saveSeverityDefinition(
      ctx,
      parseForm(severityDefinitionSchema, {
        severity: form.get("severity"),
        description: form.get("description"),
        updateIntervalMinutes: form.get("updateIntervalMinutes"),
      }),
    );
    revalidatePath(`/${org}/settings/incidents`);
    return { ok: true, message: "Saved." };
  });
}

export async function saveIncidentSettingsAction(
  org: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await saveIncidentSettings(await actionContext(org), {
      commanderNudgeHours: Number(form.get("commanderNudgeHours")),
      updateReminderMinutes: Number(form.get("updateReminderMinutes")),
      alertSeverityMap: parseSeverityMapLines(String(form.get("alertSeverityMap") ?? "")),
    });
    revalidatePath(`/${org}/settings/incidents`);
    return { ok: true, message: "Saved." };
  });
}
