"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/auth/core/roles";
import { publicUrl } from "@/lib/env";
import { changeMemberRole, createInvite, inviteSchema, removeMember, revokeInvite } from "@/lib/orgs/service";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

const roleSchema = z.object({ role: z.enum(ROLES, { message: "Choose a role." }) });

export async function inviteAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const { secret, invite } = await createInvite(
      ctx,
      parseForm(inviteSchema, { role: form.get("role"), email: form.get("email") ?? "" }),
    );
    revalidatePath(`/${org}/settings/members`);
    return {
      ok: true,
      secret: `${publicUrl()}/invite/${secret}`,
      message: `Invite link for a new ${invite.role}, valid until ${invite.expiresAt.toISOString().slice(0, 10)}. It is shown only once.`,
    };
  });
}

export async function changeRoleAction(
  org: string,
  membershipId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const { role } = parseForm(roleSchema, { role: form.get("role") });
    await changeMemberRole(ctx, membershipId, role);
    revalidatePath(`/${org}/settings/members`);
    return { ok: true, message: "Role saved." };
  });
}

export async function removeMemberAction(
  org: string,
  membershipId: string,
  _prev: ActionState,
  _form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await removeMember(await actionContext(org), membershipId);
    revalidatePath(`/${org}/settings/members`);
    return { ok: true };
  });
}

export async function revokeInviteAction(
  org: string,
  inviteId: string,
  _prev: ActionState,
  _form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await revokeInvite(await actionContext(org), inviteId);
    revalidatePath(`/${org}/settings/members`);
    return { ok: true };
  });
}
