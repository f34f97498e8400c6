"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isDomainError } from "@/lib/errors";
import {
  createActionItem,
  createActionItemSchema,
  updateActionItem,
  updateActionItemSchema,
} from "@/lib/postmortems/action-items";
import {
  addComment,
  addFactor,
  commentSchema,
  dismissFlag,
  dismissSchema,
  factorSchema,
  metaSchema,
  removeFactor,
  resolveComment,
  saveSection,
  updateMeta,
} from "@/lib/postmortems/editing";
import {
  closePostmortem,
  decideReview,
  decisionSchema,
  publishPostmortem,
  startRevision,
  submitForReview,
  submitSchema,
  withdrawReview,
} from "@/lib/postmortems/review";
import { createShareLink, revokeShareLink } from "@/lib/postmortems/share";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

const refresh = (org: string, id: string) => revalidatePath(`/${org}/postmortems/${id}`);
const opt = (v: FormDataEntryValue | null) => (v === null || v === "" ? undefined : String(v));

export type SaveSectionResult = {
  ok: boolean;
  message?: string;
  version?: number;
  conflict?: { yours: string; theirs: { version: number; body: string; updatedBy: string | null; updatedAt: string } };
};

/** Called by the section editor with the version it started from; a conflict returns both texts. */
export async function saveSectionAction(
  org: string,
  id: string,
  key: string,
  baseVersion: number,
  body: string,
): Promise<SaveSectionResult> {
  let conflict: SaveSectionResult["conflict"];
  let version: number | undefined;
  const state = await runAction(async () => {
    const ctx = await actionContext(org);
    try {
      version = (await saveSection(ctx, id, key, { baseVersion, body })).version;
      refresh(org, id);
      return { ok: true };
    } catch (e) {
      if (isDomainError(e) && e.status === 409) conflict = (e.details as SaveSectionResult["conflict"]) ?? undefined;
      throw e;
    }
  });
  if (state.ok) return { ok: true, version };
  return {
    ok: false,
    message: state.message,
    ...(conflict ? { conflict: JSON.parse(JSON.stringify(conflict)) as SaveSectionResult["conflict"] } : {}),
  };
}

export async function dismissFlagAction(
  org: string,
  id: string,
  input: z.input<typeof dismissSchema>,
): Promise<ActionState> {
  return runAction(async () => {
    await dismissFlag(await actionContext(org), id, input);
    refresh(org, id);
    return { ok: true, message: "Dismissed; the reason is recorded." };
  });
}

export async function metaAction(org: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const tags = form.has("tags")
      ? String(form.get("tags"))
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : undefined;
    await updateMeta(
      ctx,
      id,
      parseForm(metaSchema, {
        title: opt(form.get("title")),
        publicSummary: form.has("publicSummary") ? String(form.get("publicSummary")) : undefined,
        tags,
      }),
    );
    refresh(org, id);
    return { ok: true, message: "Saved." };
  });
}

export async function factorAction(org: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    if (form.get("op") === "remove") await removeFactor(ctx, id, String(form.get("factorId")));
    else
      await addFactor(
        ctx,
        id,
        parseForm(factorSchema, { category: form.get("category"), description: form.get("description") }),
      );
    refresh(org, id);
    return { ok: true };
  });
}

export async function commentAction(org: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    if (form.get("op") === "resolve") await resolveComment(ctx, id, String(form.get("commentId")));
    else
      await addComment(
        ctx,
        id,
        parseForm(commentSchema, { sectionKey: form.get("sectionKey"), body: form.get("body") }),
      );
    refresh(org, id);
    return { ok: true };
  });
}

export async function workflowAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const op = form.get("op");
    let message = "Done.";
    if (op === "submit") {
      await submitForReview(ctx, id, parseForm(submitSchema, { reviewerIds: form.getAll("reviewerIds").map(String) }));
      message = "Sent for review.";
    } else if (op === "withdraw") await withdrawReview(ctx, id);
    else if (op === "decide") {
      await decideReview(
        ctx,
        id,
        parseForm(decisionSchema, { decision: form.get("decision"), note: String(form.get("note") ?? "") }),
      );
      message = form.get("decision") === "approved" ? "Approved." : "Changes requested.";
    } else if (op === "publish") {
      const r = await publishPostmortem(ctx, id);
      message = r.publicSummaryPosted ? "Published; the public summary was posted on the incident." : "Published.";
    } else if (op === "revise") {
      await startRevision(ctx, id);
      message = "A new revision is open for editing; it needs a new review.";
    } else if (op === "close") await closePostmortem(ctx, id);
    refresh(org, id);
    return { ok: true, message };
  });
}

const itemForm = (form: FormData) => ({
  title: opt(form.get("title")),
  type: opt(form.get("type")),
  priority: opt(form.get("priority")),
  ownerId: form.has("ownerId") ? (opt(form.get("ownerId")) ?? null) : undefined,
  serviceId: form.has("serviceId") ? (opt(form.get("serviceId")) ?? null) : undefined,
  dueDate: form.has("dueDate") ? (opt(form.get("dueDate")) ?? null) : undefined,
  trackerUrl: form.has("trackerUrl") ? (opt(form.get("trackerUrl")) ?? null) : undefined,
});

export async function actionItemAction(
  org: string,
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const itemId = opt(form.get("itemId"));
    if (itemId) {
      const { status, version } = { status: opt(form.get("status")), version: Number(form.get("version")) };
      await updateActionItem(
        ctx,
        id,
        itemId,
        parseForm(updateActionItemSchema, { version, ...(status ? { status } : itemForm(form)) }),
      );
    } else {
      await createActionItem(ctx, id, parseForm(createActionItemSchema, itemForm(form)));
    }
    refresh(org, id);
    return { ok: true };
  });
}

export async function shareAction(org: string, id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    if (form.get("op") === "revoke") {
      await revokeShareLink(ctx, id, String(form.get("linkId")));
      refresh(org, id);
      return { ok: true, message: "Link revoked: it no longer opens anything." };
    }
    const link = await createShareLink(ctx, id);
    refresh(org, id);
    return { ok: true, message: "Copy this link now: it is shown once.", secret: link.token };
  });
}
