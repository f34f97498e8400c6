// Post-mortem states and vocabularies. No Prisma import, so client components can use them.
export const POSTMORTEM_STATUSES = ["draft", "in_review", "published", "closed"] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];
export const POSTMORTEM_STATUS_LABELS: Record<PostmortemStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  closed: "Closed",
};

export const REVIEW_DECISIONS = ["pending", "approved", "changes_requested"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ACTION_ITEM_TYPES = ["mitigate", "prevent", "process"] as const;
export type ActionItemType = (typeof ACTION_ITEM_TYPES)[number];
export const ACTION_ITEM_PRIORITIES = ["high", "medium", "low"] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];
export const ACTION_ITEM_STATUSES = ["open", "in_progress", "done"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
};

/** Categories of contributing factors, counted across published post-mortems to find recurring ones. */
export const CONTRIBUTING_FACTOR_CATEGORIES = [
  "change",
  "configuration",
  "capacity",
  "dependency",
  "code-defect",
  "infrastructure",
  "monitoring",
  "process",
  "communication",
  "data",
] as const;
export type ContributingFactorCategory = (typeof CONTRIBUTING_FACTOR_CATEGORIES)[number];
export const FACTOR_CATEGORY_LABELS: Record<ContributingFactorCategory, string> = {
  change: "Change or deploy",
  configuration: "Configuration",
  capacity: "Capacity or load",
  dependency: "Third-party or internal dependency",
  "code-defect": "Code defect",
  infrastructure: "Infrastructure",
  monitoring: "Monitoring or alerting gap",
  process: "Process or runbook gap",
  communication: "Communication or hand-off",
  data: "Data or migration",
};

/** Sections with special rendering; every other template section is Markdown text. */
export const ACTION_ITEMS_SECTION = "action_items";
export const ROOT_CAUSE_SECTION = "root_cause";
export const TIMELINE_SECTION = "timeline";
export const SUMMARY_SECTION = "summary";
