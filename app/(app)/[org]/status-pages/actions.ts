"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createComponent,
  createComponentGroup,
  deleteComponent,
  deleteComponentGroup,
  setComponentOverride,
  updateComponent,
} from "@/lib/statuspage/components";
import { createMaintenance, postMaintenanceUpdate } from "@/lib/statuspage/maintenance";
import { createStatusPage, updateStatusPage } from "@/lib/statuspage/pages";
import {
  componentGroupSchema,
  componentOverrideSchema,
  componentSchema,
  createMaintenanceSchema,
  createStatusPageSchema,
  maintenanceUpdateSchema,
  updateComponentSchema,
  updateStatusPageSchema,
} from "@/lib/statuspage/core/schemas";
import { removeSubscriber } from "@/lib/statuspage/subscriptions";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";

// Forms send strings: blanks mean "none", checkboxes "on", numbers as text. Each action parses
// with the same zod schema as the REST API, then calls the data layer, which authorises.
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const orNull = (form: FormData, name: string) => text(form, name).trim() || null;
const checked = (form: FormData, name: string) => form.get(name) === "on";
const number = (form: FormData, name: string) => (text(form, name).trim() === "" ? 0 : Number(text(form, name)));
const pagePath = (org: string, pageId?: string) => `/${org}/status-pages${pageId ? `/${pageId}` : ""}`;

const pageFields = (form: FormData) => ({
  name: text(form, "name"),
  slug: text(form, "slug"),
  hostName: orNull(form, "hostName"),
  logoUrl: orNull(form, "logoUrl"),
  brandColor: text(form, "brandColor"),
  backgroundColor: text(form, "backgroundColor"),
  supportUrl: orNull(form, "supportUrl"),
  timeZone: text(form, "timeZone"),
  published: checked(form, "published"),
});

export async function createStatusPageAction(org: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let id = "";
  const state = await runAction(async () => {
    const page = await createStatusPage(await actionContext(org), parseForm(createStatusPageSchema, pageFields(form)));
    id = page.id;
    return { ok: true };
  });
  if (state.ok) redirect(pagePath(org, id));
  return state;
}

export async function updateStatusPageAction(
  org: string,
  pageId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await updateStatusPage(await actionContext(org), pageId, parseForm(updateStatusPageSchema, pageFields(form)));
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: "Saved. The public page shows it within seconds." };
  });
}

export async function createGroupAction(
  org: string,
  pageId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const input = parseForm(componentGroupSchema, {
      name: text(form, "name"),
      description: orNull(form, "description"),
      position: number(form, "position"),
    });
    await createComponentGroup(await actionContext(org), pageId, input);
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: `Group "${input.name}" added.` };
  });
}

const componentFields = (form: FormData) => ({
  name: text(form, "name"),
  description: orNull(form, "description"),
  groupId: orNull(form, "groupId"),
  serviceId: orNull(form, "serviceId"),
  position: number(form, "position"),
  showcase: checked(form, "showcase"),
  onlyShowIfDegraded: checked(form, "onlyShowIfDegraded"),
  startDate: orNull(form, "startDate"),
});

export async function createComponentAction(
  org: string,
  pageId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const input = parseForm(componentSchema, componentFields(form));
    await createComponent(await actionContext(org), pageId, input);
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: `Component "${input.name}" added.` };
  });
}

export async function updateComponentAction(
  org: string,
  pageId: string,
  componentId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    await updateComponent(
      await actionContext(org),
      componentId,
      parseForm(updateComponentSchema, componentFields(form)),
    );
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: "Saved." };
  });
}

/** Override, clear the override, or delete a component (the row's buttons). */
export async function componentAction(
  org: string,
  pageId: string,
  componentId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const ctx = await actionContext(org);
    const intent = text(form, "intent");
    if (intent === "override")
      await setComponentOverride(
        ctx,
        componentId,
        parseForm(componentOverrideSchema, { status: orNull(form, "status") }),
      );
    else if (intent === "clear") await setComponentOverride(ctx, componentId, { status: null });
    else if (intent === "delete") await deleteComponent(ctx, componentId);
    else return { ok: false, message: "Unknown action." };
    revalidatePath(pagePath(org, pageId));
    return {
      ok: true,
      message: intent === "delete" ? "Deleted." : "Status set; the public page follows within seconds.",
    };
  });
}

export async function deleteGroupAction(
  org: string,
  pageId: string,
  groupId: string,
  _prev: ActionState,
): Promise<ActionState> {
  return runAction(async () => {
    await deleteComponentGroup(await actionContext(org), groupId);
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: "Group deleted; its components stay, ungrouped." };
  });
}

export async function scheduleMaintenanceAction(
  org: string,
  pageId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const input = parseForm(createMaintenanceSchema, {
      name: text(form, "name"),
      scheduledFor: text(form, "scheduledFor"),
      scheduledUntil: text(form, "scheduledUntil"),
      componentIds: form.getAll("componentIds").filter((v): v is string => typeof v === "string"),
      body: text(form, "body"),
    });
    await createMaintenance(await actionContext(org), pageId, input);
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: `"${input.name}" scheduled; it starts and ends by itself.` };
  });
}

export async function maintenanceUpdateAction(
  org: string,
  pageId: string,
  maintenanceId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  return runAction(async () => {
    const input = parseForm(maintenanceUpdateSchema, { body: text(form, "body"), status: orNull(form, "status") });
    await postMaintenanceUpdate(await actionContext(org), maintenanceId, input);
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: "Update posted." };
  });
}

export async function removeSubscriberAction(
  org: string,
  pageId: string,
  subscriberId: string,
  _prev: ActionState,
): Promise<ActionState> {
  return runAction(async () => {
    await removeSubscriber(await actionContext(org), subscriberId);
    revalidatePath(pagePath(org, pageId));
    return { ok: true, message: "Removed." };
  });
}
