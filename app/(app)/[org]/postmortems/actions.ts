"use server";

import { redirect } from "next/navigation";
import { isDomainError } from "@/lib/errors";
import { createPostmortem } from "@/lib/postmortems/draft";
import { runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

/** The incident page's "Create post-mortem": drafts it (or finds the one already there) and opens it. */
export async function createPostmortemAction(
  org: string,
  incidentId: string,
  _prev: ActionState,
  _form: FormData,
): Promise<ActionState> {
  let target: string | undefined;
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    try {
      target = (await createPostmortem(ctx, incidentId)).id;
    } catch (e) {
      const existing =
        isDomainError(e) && e.status === 409 ? (e.details as { id?: string } | undefined)?.id : undefined;
      if (!existing) throw e;
      target = existing;
    }
    return { ok: true };
  });
  if (target) redirect(`/${org}/postmortems/${target}`);
  return state;
}
