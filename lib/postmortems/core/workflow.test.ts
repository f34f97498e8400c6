import { describe, expect, it } from "vitest";
import { outstandingFlags, sectionFlags } from "./flags";
import { isComplete, isItemOverdue, publishBlockers, statusAfterItemChange } from "./workflow";

describe("publishBlockers", () => {
  const base = {
    status: "in_review" as const,
    contentVersion: 4,
    outstandingFlags: 0,
    summary: "Checkout failed for 20 minutes.",
  };

  it("allows publishing once every reviewer approved the current content", () => {
    expect(
      publishBlockers({ ...base, reviews: [{ reviewerId: "a", decision: "approved", contentVersion: 4 }] }),
    ).toEqual([]);
  });

  it("needs a fresh approval after an edit, and none may request changes", () => {
    expect(
      publishBlockers({ ...base, reviews: [{ reviewerId: "a", decision: "approved", contentVersion: 3 }] }),
    ).toEqual(["1 reviewer has not approved the current version."]);
    expect(
      publishBlockers({
        ...base,
        reviews: [
          { reviewerId: "a", decision: "changes_requested", contentVersion: 4 },
          { reviewerId: "b", decision: "approved", contentVersion: 4 },
        ],
      }),
    ).toEqual(["1 reviewer has requested changes."]);
  });

  it("refuses drafts, open flags and an empty summary", () => {
    const blockers = publishBlockers({ ...base, status: "draft", reviews: [], outstandingFlags: 2, summary: " " });
    expect(blockers).toEqual([
      "Send the post-mortem for review first: only a reviewed post-mortem can be published.",
      "2 blameless-language flags to fix or dismiss with a reason.",
      "Write the summary.",
    ]);
    expect(publishBlockers({ ...base, reviews: [] })).toEqual(["Name at least one reviewer."]);
  });
});

describe("completion and closing", () => {
  it("is complete only when published with every high-priority item done", () => {
    expect(
      isComplete("published", [
        { priority: "high", status: "done" },
        { priority: "low", status: "open" },
      ]),
    ).toBe(true);
    expect(isComplete("published", [{ priority: "high", status: "in_progress" }])).toBe(false);
    expect(isComplete("in_review", [])).toBe(false);
    expect(isComplete("closed", [])).toBe(true);
  });

  it("closes when all items are done and reopens when one is not", () => {
    expect(statusAfterItemChange("published", [{ priority: "low", status: "done" }])).toBe("closed");
    expect(
      statusAfterItemChange("published", [
        { priority: "low", status: "done" },
        { priority: "high", status: "open" },
      ]),
    ).toBe("published");
    expect(statusAfterItemChange("closed", [{ priority: "low", status: "open" }])).toBe("published");
    expect(statusAfterItemChange("draft", [{ priority: "low", status: "done" }])).toBe("draft");
    expect(statusAfterItemChange("published", [])).toBe("published");
  });

  it("counts an item overdue from the day after its due date", () => {
    const due = new Date("2026-12-01T00:00:00Z");
    expect(isItemOverdue({ status: "open", dueDate: due }, new Date("2026-12-01T23:00:00Z"))).toBe(false);
    expect(isItemOverdue({ status: "open", dueDate: due }, new Date("2026-12-02T00:00:00Z"))).toBe(true);
    expect(isItemOverdue({ status: "done", dueDate: due }, new Date("2026-12-09T00:00:00Z"))).toBe(false);
    expect(isItemOverdue({ status: "open", dueDate: null }, new Date("2026-12-09T00:00:00Z"))).toBe(false);
  });
});

describe("blameless flags per section", () => {
  const body = "Alice broke the deploy. The alert should have fired.";

  it("flags blame and keeps a dismissal across edits elsewhere in the section", () => {
    const flags = sectionFlags("trigger", body, [], ["Alice Smith"]);
    expect(flags.map((f) => f.excerpt)).toEqual(["alice broke"]);
    const dismissal = {
      sectionKey: "trigger",
      rule: flags[0]!.rule,
      excerpt: "alice broke",
      reason: "Quoting the chat log.",
      dismissedBy: "bob",
    };
    expect(
      outstandingFlags([{ key: "trigger", body: `Context first. ${body}` }], [dismissal], ["Alice Smith"]),
    ).toEqual([]);
    expect(outstandingFlags([{ key: "impact", body }], [dismissal], ["Alice Smith"])).toHaveLength(1);
  });
});
