import { describe, expect, it } from "vitest";
import { lint } from "./lint";
import { DEFAULT_TEMPLATE, templateFromText, templateSchema, templateToText } from "./template";

describe("template", () => {
  it("has every section the issue asks for, and round-trips through its text form", () => {
    expect(DEFAULT_TEMPLATE.map((s) => s.key)).toEqual([
      "summary",
      "impact",
      "timeline",
      "trigger",
      "detection",
      "root_cause",
      "resolution",
      "went_well",
      "went_wrong",
      "lucky",
      "lessons",
      "action_items",
    ]);
    expect(templateSchema.parse(templateFromText(templateToText(DEFAULT_TEMPLATE)))).toEqual(DEFAULT_TEMPLATE);
  });

  it("refuses duplicate keys, bad keys and a template without a summary", () => {
    expect(templateSchema.safeParse(templateFromText("summary | Summary |\nsummary | Again |")).success).toBe(false);
    expect(templateSchema.safeParse(templateFromText("summary | Summary |\nBad Key | X |")).success).toBe(false);
    expect(templateSchema.safeParse(templateFromText("impact | Impact | who was hit")).success).toBe(false);
    expect(templateSchema.parse(templateFromText("summary | Summary | a | b"))).toEqual([
      { key: "summary", title: "Summary", guidance: "a | b" },
    ]);
  });
});

describe("lint", () => {
  it("answers with start, end, rule, message and suggestion only", () => {
    const { flags } = lint({ text: "It was human error. @dave ignored the alert.", people: [] });
    expect(flags.map((f) => f.rule)).toEqual(expect.arrayContaining(["fault-word/human-error"]));
    expect(flags.every((f) => Object.keys(f).sort().join() === "end,message,rule,start,suggestion")).toBe(true);
    expect(lint({ text: "The deploy failed to start because the image was missing." }).flags).toEqual([]);
  });
});
