import { describe, expect, it } from "vitest";
import { exportFileName, toMarkdown } from "./document";
import { sampleDocument } from "./fixtures.test-helpers";

describe("toMarkdown", () => {
  const doc = sampleDocument();
  const md = toMarkdown(doc);

  it("starts with the title and the incident's reference", () => {
    expect(md.startsWith("# Checkout returns 500s\n\n**INC-42** · SEV1 · Published · revision 1")).toBe(true);
  });

  it("has the facts, every section in template order, factors and the action items", () => {
    expect(md).toContain("| Duration | 1 h 35 min |");
    expect(md).toContain("| Incident Commander | Bob Jones | 2026-11-30 10:00 UTC | end |");
    expect(md).toContain("| Checkout availability | Checkout | 99.9 % | 80.0 % | 35.0 % | 45.0 % |");
    const headings = md
      .split("\n")
      .filter((l) => l.startsWith("## "))
      .map((l) => l.slice(3));
    expect(headings).toEqual(["Facts", ...doc.sections.map((s) => s.title)]);
    expect(md).toContain("- _Configuration:_ Config changes skip canary.");
    expect(md).toContain(
      "| Canary config changes | prevent | high | Bob Jones | 2026-12-10 | open | <https://tracker.example.com/PAY-1> |",
    );
  });

  it("escapes table cells and ends with one newline", () => {
    const withPipe = toMarkdown({ ...doc, actionItems: [{ ...doc.actionItems[0]!, title: "a | b" }] });
    expect(withPipe).toContain("| a \\| b |");
    expect(md.endsWith("\n") && !md.endsWith("\n\n")).toBe(true);
    expect(exportFileName(doc, "pdf")).toBe("inc-42-postmortem.pdf");
  });
});
