"use server";

import { revalidatePath } from "next/cache";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import { createApiToken, createTokenSchema, revokeApiToken } from "@/lib/tokens/service";

export async function createTokenAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const expires = form.get("expiresInDays");
    const input = parseForm(createTokenSchema, {
      name: form.get("name"),
      scopes: form.getAll("scopes"),
      ...(expires ? { expiresInDays: expires } : {}),
    });
    const { secret, token } = await createApiToken(ctx, input);
    revalidatePath(`/${org}/settings/tokens`);
    return { ok: true, secret, message: `Token "${token.name}" created. Copy it now: it is shown only once.` };
  });
}

export async function revokeTokenAction(
  org: string,
  tokenId: string,
  _prev: ActionState,
  _form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await revokeApiToken(await actionContext(org), tokenId);
    revalidatePath(`/${org}/settings/tokens`);
    return { ok: true };
  });
}
