import type { ActionItemPriority, ActionItemStatus, PostmortemStatus, ReviewDecision } from "./constants";

// The review and publication workflow's rules. Pure: no I/O.
// draft → in_review → published → closed; published → draft starts the next revision.

export const canEditContent = (status: PostmortemStatus) => status === "draft" || status === "in_review";

export type ReviewState = { reviewerId: string; decision: ReviewDecision; contentVersion: number | null };

/** Approved means: approved the content as it stands now (an edit after approval needs a new look). */
export const approvedCurrent = (r: ReviewState, contentVersion: number) =>
  r.decision === "approved" && r.contentVersion === contentVersion;

export function publishBlockers(input: {
  status: PostmortemStatus;
  contentVersion: number;
  reviews: readonly ReviewState[];
  outstandingFlags: number;
  summary: string;
}): string[] {
  const blockers: string[] = [];
  if (input.status !== "in_review")
    blockers.push("Send the post-mortem for review first: only a reviewed post-mortem can be published.");
  if (input.status === "in_review") {
    if (input.reviews.length === 0) blockers.push("Name at least one reviewer.");
    const changes = input.reviews.filter((r) => r.decision === "changes_requested").length;
    if (changes) blockers.push(`${changes} reviewer${changes === 1 ? " has" : "s have"} requested changes.`);
    const waiting = input.reviews.filter(
      (r) => r.decision !== "changes_requested" && !approvedCurrent(r, input.contentVersion),
    ).length;
    if (waiting)
      blockers.push(`${waiting} reviewer${waiting === 1 ? " has" : "s have"} not approved the current version.`);
  }
  if (input.outstandingFlags)
    blockers.push(
      `${input.outstandingFlags} blameless-language flag${input.outstandingFlags === 1 ? "" : "s"} to fix or dismiss with a reason.`,
    );
  if (!input.summary.trim()) blockers.push("Write the summary.");
  return blockers;
}

type Item = { priority: ActionItemPriority; status: ActionItemStatus };

/** Complete: published, and no high-priority action item is still open. */
export function isComplete(status: PostmortemStatus, items: readonly Item[]): boolean {
  return (
    (status === "published" || status === "closed") && items.every((i) => i.priority !== "high" || i.status === "done")
  );
}

/** A published post-mortem closes when every action item is done; a reopened item reopens it. */
export function statusAfterItemChange(status: PostmortemStatus, items: readonly Item[]): PostmortemStatus {
  const allDone = items.length > 0 && items.every((i) => i.status === "done");
  if (status === "published" && allDone) return "closed";
  if (status === "closed" && !allDone) return "published";
  return status;
}

export function isItemOverdue(item: { status: ActionItemStatus; dueDate: Date | null }, now: Date): boolean {
  if (item.status === "done" || !item.dueDate) return false;
  // Due dates are calendar days: overdue from the day after.
  return item.dueDate.getTime() + 86_400_000 <= now.getTime();
}
