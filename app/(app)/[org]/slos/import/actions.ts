"use server";

import { revalidatePath } from "next/cache";
import { isDomainError } from "@/lib/errors";
import { runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import type { OpenSloIssue, Plan } from "@/lib/slo/openslo/model";
import { applyOpenSloYaml, planOpenSloYaml } from "@/lib/slo/openslo/service";

export type ImportState = ActionState & { plan?: Plan; applied?: boolean; issues?: OpenSloIssue[]; yaml?: string };

export async function importOpenSloAction(org: string, _prev: ImportState, form: FormData): Promise<ImportState> {
  // Browsers submit a textarea's line breaks as CRLF; the client compares against its own text.
  const yaml = String(form.get("yaml") ?? "").replace(/\r\n/g, "\n");
  const apply = form.get("intent") === "apply";
  let issues: OpenSloIssue[] | undefined;
  const state = await runAction(async () => {
    if (!yaml.trim()) return { ok: false, message: "Paste OpenSLO YAML or choose a file first." };
    const ctx = await actionContext(org);
    try {
      const plan = apply ? await applyOpenSloYaml(ctx, yaml) : await planOpenSloYaml(ctx, yaml);
      if (apply) revalidatePath(`/${org}`, "layout");
      return { ok: true, plan, applied: apply, message: apply ? "Applied." : "Review the plan, then apply it." } as ImportState;
    } catch (e) {
      // Validation problems carry one entry per document and path: show them all.
      if (isDomainError(e) && e.code === "validation_failed" && Array.isArray(e.details)) issues = e.details as OpenSloIssue[];
      throw e;
    }
  });
  return { ...state, yaml, ...(issues ? { issues } : {}) };
}
