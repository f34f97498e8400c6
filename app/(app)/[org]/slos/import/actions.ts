"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isDomainError } from "@/lib/errors";
import { parseForm, runAction, type ActionState } from "@/lib/server/action";
import { actionContext } from "@/lib/server/page-context";
import type { OpenSloIssue, Plan } from "@/lib/slo/openslo/core/model";
import { sourceNameSchema } from "@/lib/slo/openslo/core/schema";
import { applyOpenSloYaml, planOpenSloYaml } from "@/lib/slo/openslo/service";

export type ImportState = ActionState & {
  plan?: Plan;
  applied?: boolean;
  issues?: OpenSloIssue[];
  yaml?: string;
  source?: string;
  adopt?: boolean;
};

export async function importOpenSloAction(org: string, _prev: ImportState, form: FormData): Promise<ImportState> {
  // Browsers submit a textarea's line breaks as CRLF; the client compares against its own text.
  const yaml = String(form.get("yaml") ?? "").replace(/\r\n/g, "\n");
  const apply = form.get("intent") === "apply";
  const sourceText = String(form.get("source") ?? "").trim();
  const adopt = form.get("adopt") === "on";
  let issues: OpenSloIssue[] | undefined;
  const state = await runAction(async () => {
    if (!yaml.trim()) return { ok: false, message: "Paste OpenSLO YAML or choose a file first." };
    const ctx = await actionContext(org);
    const { source } = parseForm(z.object({ source: sourceNameSchema.optional() }), {
      source: sourceText || undefined,
    });
    try {
      const plan = apply
        ? await applyOpenSloYaml(ctx, yaml, { source, adopt })
        : await planOpenSloYaml(ctx, yaml, { source, adopt });
      if (apply) revalidatePath(`/${org}`, "layout");
      return {
        ok: true,
        plan,
        applied: apply,
        message: apply
          ? `Applied to source "${plan.source}".`
          : `Review the plan for source "${plan.source}", then apply it.`,
      } as ImportState;
    } catch (e) {
      // Validation problems carry one entry per document and path: show them all.
      if (isDomainError(e) && (e.code === "validation_failed" || e.code === "conflict") && Array.isArray(e.details))
        issues = e.details as OpenSloIssue[];
      throw e;
    }
  });
  return { ...state, yaml, source: sourceText, adopt, ...(issues ? { issues } : {}) };
}
