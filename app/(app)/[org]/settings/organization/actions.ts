"use server";

import { revalidatePath } from "next/cache";
import { renameOrganization, renameOrgSchema } from "@/lib/orgs/service";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

export async function renameOrgAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await renameOrganization(await actionContext(org), parseForm(renameOrgSchema, { name: form.get("name") }));
    revalidatePath(`/${org}`, "layout");
    return { ok: true, message: "Saved." };
  });
}
