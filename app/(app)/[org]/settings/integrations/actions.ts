"use server";

import { revalidatePath } from "next/cache";
import {
  createInboundIntegration,
  createIntegrationSchema,
  revokeInboundIntegration,
} from "@/lib/incidents/alerts/integrations";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

export async function createIntegrationAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const { integration, secret } = await createInboundIntegration(
      ctx,
      parseForm(createIntegrationSchema, { name: form.get("name") }),
    );
    revalidatePath(`/${org}/settings/integrations`);
    return {
      ok: true,
      secret,
      message: `Integration "${integration.name}" created. Copy its signing secret now: it is shown only once.`,
    };
  });
}

export async function revokeIntegrationAction(
  org: string,
  integrationId: string,
  _prev: ActionState,
  _form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await revokeInboundIntegration(await actionContext(org), integrationId);
    revalidatePath(`/${org}/settings/integrations`);
    return { ok: true };
  });
}
