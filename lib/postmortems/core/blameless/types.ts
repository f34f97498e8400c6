import { z } from "zod";
import { parsePattern, PatternError } from "./pattern";

export const RULE_KINDS = ["fault-word", "counterfactual", "person-subject"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const pattern = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    try {
      parsePattern(value);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: e instanceof PatternError ? e.message : String(e) });
    }
  });

/**
 * One rule, as data. `patterns` use the language described in ./pattern.ts; a match of any
 * of them is a flag. Organisations can supply their own rule sets in this shape (e.g. JSON).
 */
export const ruleSchema = z
  .strictObject({
    /** Stable id, e.g. "fault-word/careless" or "acme/hero-culture". */
    id: z.string().regex(/^[a-z0-9]+(?:[-_./][a-z0-9]+)*$/, "Rule ids are lowercase words joined by - _ . or /"),
    kind: z.enum(RULE_KINDS),
    patterns: z.array(pattern).min(1),
    /** Skip a match when the same sentence has one of these phrases within four words before it. */
    unlessPrecededBy: z.array(pattern).optional(),
    /** Why the span reads as blame, in one sentence a writer can act on. */
    message: z.string().trim().min(1),
    /** A neutral, system-focused rewording, or a hint when rewording cannot be mechanical. */
    suggestion: z.string().trim().min(1),
    /** Text that can mechanically replace the flagged span (an editor's quick fix). */
    replacement: z.string().optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === "person-subject" && !rule.patterns.every((p) => p.includes("{person}"))) {
      ctx.addIssue({
        code: "custom",
        path: ["patterns"],
        message: "Every person-subject pattern must contain {person}",
      });
    }
  });

export const ruleSetSchema = z
  .array(ruleSchema)
  .min(1)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `Duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

export type Rule = z.infer<typeof ruleSchema>;

export type Flag = {
  /** UTF-16 offsets into the original text: text.slice(start, end) is the flagged span. */
  start: number;
  end: number;
  /** The id of the rule that matched. */
  rule: string;
  kind: RuleKind;
  message: string;
  suggestion: string;
  /** Present when the span can be replaced mechanically (capitalised to match the span). */
  replacement?: string;
};

export type CheckOptions = {
  /** Names of people involved (e.g. the incident's responders); @mentions are always detected. */
  people?: string[];
  /** Replaces the default rules; pass [...DEFAULT_RULES, ...yours] to extend them. */
  rules?: readonly Rule[];
};
