import { z } from "zod";
import { ACTION_ITEMS_SECTION, ROOT_CAUSE_SECTION, SUMMARY_SECTION, TIMELINE_SECTION } from "./constants";

// The post-mortem template: an ordered list of sections. Each organization may edit it; a
// post-mortem copies the template when it is drafted, so later template edits never rewrite it.
export type TemplateSection = { key: string; title: string; guidance: string };

export const DEFAULT_TEMPLATE: readonly TemplateSection[] = [
  {
    key: SUMMARY_SECTION,
    title: "Summary",
    guidance:
      "What happened and what it meant for users, in three or four sentences a reader outside the team understands.",
  },
  {
    key: "impact",
    title: "Impact",
    guidance: "Who was affected and how: users, duration, error budget spent, money or data if any.",
  },
  {
    key: TIMELINE_SECTION,
    title: "Timeline",
    guidance: "The key moments, in UTC. Pre-filled from the incident's key moments; add context where it helps.",
  },
  { key: "trigger", title: "Trigger", guidance: "The change or event that set the incident off." },
  {
    key: "detection",
    title: "Detection",
    guidance: "How we found out, how long it took, and what would have told us sooner.",
  },
  {
    key: ROOT_CAUSE_SECTION,
    title: "Root cause and contributing factors",
    guidance: "The conditions in the system that allowed this; list each contributing factor below with its category.",
  },
  {
    key: "resolution",
    title: "Resolution and recovery",
    guidance: "What mitigated the impact, what resolved it, and how we confirmed recovery.",
  },
  { key: "went_well", title: "What went well", guidance: "Practices and tools that helped; keep doing these." },
  {
    key: "went_wrong",
    title: "What went wrong",
    guidance: "Where the system, tools or processes made the response harder.",
  },
  { key: "lucky", title: "Where we got lucky", guidance: "Things that helped by chance and should not be relied on." },
  { key: "lessons", title: "Lessons", guidance: "What we learned about the system and how we work." },
  {
    key: ACTION_ITEMS_SECTION,
    title: "Action items",
    guidance:
      "Concrete follow-ups (mitigate, prevent, process) with an owner and a due date; notes here, items in the list.",
  },
];

export const templateSectionSchema = z.strictObject({
  key: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      "Section keys are lowercase letters, digits and _ (up to 40), starting with a letter.",
    ),
  title: z.string().trim().min(1, "Give the section a title.").max(100),
  guidance: z.string().trim().max(1000).default(""),
});

export const templateSchema = z
  .array(templateSectionSchema)
  .min(1, "A template needs at least one section.")
  .max(30, "A template has at most 30 sections.")
  .superRefine((sections, ctx) => {
    const seen = new Set<string>();
    sections.forEach((s, i) => {
      if (seen.has(s.key))
        ctx.addIssue({ code: "custom", path: [i, "key"], message: `Section "${s.key}" appears twice.` });
      seen.add(s.key);
    });
    if (!seen.has(SUMMARY_SECTION))
      ctx.addIssue({
        code: "custom",
        message: `Keep a "${SUMMARY_SECTION}" section: the library and the public summary use it.`,
      });
  });

/**
 * The template as text, one section per line: `key | Title | guidance`. Easier to edit in a
 * form than JSON, and the same shape as the defaults.
 */
export function templateToText(sections: readonly TemplateSection[]): string {
  return sections.map((s) => [s.key, s.title, s.guidance].join(" | ")).join("\n");
}

export function templateFromText(text: string): unknown {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [key = "", title = "", ...rest] = line.split("|").map((p) => p.trim());
      return { key, title, guidance: rest.join(" | ") };
    });
}
