import type { PostmortemDocument } from "./document";
import type { Facts } from "./facts";

// The figures the printable page and the PDF draw. Pure: no I/O.

/** Minutes from the start to each response moment, for a horizontal bar chart. */
export function responseBars(facts: Facts): { label: string; minutes: number | null }[] {
  return [
    { label: "Detected", minutes: facts.timeTo.detect },
    { label: "Acknowledged", minutes: facts.timeTo.acknowledge },
    { label: "Mitigated", minutes: facts.timeTo.mitigate },
    { label: "Resolved", minutes: facts.timeTo.resolve },
  ];
}

/** Error budget left per SLO before and after the incident, as percentages of the window's budget. */
export function budgetBars(facts: Facts): { name: string; before: number | null; after: number | null }[] {
  const pct = (v: number | null) => (v === null ? null : Math.round(Math.max(-1, Math.min(1, v)) * 1000) / 10);
  return facts.slos.map((s) => ({ name: s.name, before: pct(s.remainingAtStart), after: pct(s.remainingAtEnd) }));
}

/** Action items counted by priority and status. */
export function actionItemCounts(
  doc: Pick<PostmortemDocument, "actionItems">,
): { priority: string; open: number; inProgress: number; done: number }[] {
  return (["high", "medium", "low"] as const).map((priority) => {
    const items = doc.actionItems.filter((a) => a.priority === priority);
    return {
      priority,
      open: items.filter((a) => a.status === "open").length,
      inProgress: items.filter((a) => a.status === "in_progress").length,
      done: items.filter((a) => a.status === "done").length,
    };
  });
}
