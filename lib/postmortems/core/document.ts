import {
  ACTION_ITEMS_SECTION,
  FACTOR_CATEGORY_LABELS,
  POSTMORTEM_STATUS_LABELS,
  ROOT_CAUSE_SECTION,
  type ActionItemPriority,
  type ActionItemStatus,
  type ActionItemType,
  type ContributingFactorCategory,
  type PostmortemStatus,
  type ReviewDecision,
} from "./constants";
import { formatMinutes, formatShare, type Facts } from "./facts";

// The structured post-mortem: what GET /api/v1/postmortems/{id} returns and what the
// Markdown export, the printable page, the PDF and share links render. Pure: no I/O.

export type PostmortemDocument = {
  id: string;
  title: string;
  status: PostmortemStatus;
  revision: number;
  contentVersion: number;
  complete: boolean;
  required: boolean;
  dueAt: string | null;
  overdue: boolean;
  tags: string[];
  publicSummary: string;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  incident: { id: string; number: number; title: string; severity: string; private: boolean };
  facts: Facts;
  sections: {
    key: string;
    title: string;
    guidance: string;
    body: string;
    version: number;
    updatedAt: string;
    updatedBy: string | null;
  }[];
  factors: { id: string; category: ContributingFactorCategory; description: string }[];
  actionItems: {
    id: string;
    title: string;
    type: ActionItemType;
    priority: ActionItemPriority;
    status: ActionItemStatus;
    owner: { id: string; name: string } | null;
    service: { id: string; slug: string; name: string } | null;
    team: string;
    dueDate: string | null;
    trackerUrl: string | null;
    overdue: boolean;
    version: number;
  }[];
  reviews: {
    revision: number;
    reviewer: { id: string; name: string };
    decision: ReviewDecision;
    contentVersion: number | null;
    note: string;
    decidedAt: string | null;
  }[];
  publications: { revision: number; publishedAt: string; publishedBy: string }[];
};

const utc = (at: string | null) => (at ? `${at.slice(0, 16).replace("T", " ")} UTC` : "—");
const cell = (s: string) => s.replace(/\|/gu, "\\|").replace(/\n/gu, " ");

/** The post-mortem as one Markdown document (facts first, then each section, then the action items). */
export function toMarkdown(doc: PostmortemDocument): string {
  const f = doc.facts;
  const out: string[] = [];
  out.push(`# ${doc.title}`, "");
  out.push(
    `**INC-${doc.incident.number}** · ${doc.incident.severity} · ${POSTMORTEM_STATUS_LABELS[doc.status]} · revision ${doc.revision}${doc.publishedAt ? ` · published ${utc(doc.publishedAt)}` : ""}`,
  );
  if (doc.tags.length) out.push("", `Tags: ${doc.tags.join(", ")}`);
  out.push("", "## Facts", "");
  out.push("| | |", "| --- | --- |");
  out.push(`| Duration | ${formatMinutes(f.durationMinutes)} |`);
  out.push(`| Started | ${utc(f.moments.startedAt)} |`);
  out.push(`| Detected | ${utc(f.moments.detectedAt)} (${formatMinutes(f.timeTo.detect)}) |`);
  out.push(`| Acknowledged | ${utc(f.moments.acknowledgedAt)} (${formatMinutes(f.timeTo.acknowledge)}) |`);
  out.push(`| Mitigated | ${utc(f.moments.mitigatedAt)} (${formatMinutes(f.timeTo.mitigate)}) |`);
  out.push(`| Resolved | ${utc(f.moments.resolvedAt)} (${formatMinutes(f.timeTo.resolve)}) |`);
  out.push(`| Services | ${cell(f.services.map((s) => s.name).join(", ") || "—")} |`);
  if (f.roles.length) {
    out.push("", "### Who held which role", "", "| Role | Person | From | To |", "| --- | --- | --- | --- |");
    for (const r of f.roles)
      out.push(
        `| ${cell(r.roleName)} | ${cell(r.name)} | ${utc(r.startedAt)} | ${r.endedAt ? utc(r.endedAt) : "end"} |`,
      );
  }
  if (f.slos.length) {
    out.push(
      "",
      "### Error budget",
      "",
      "| SLO | Service | Target | Left at start | Left at end | Spent |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const s of f.slos)
      out.push(
        `| ${cell(s.name)} | ${cell(s.service)} | ${s.target} % | ${formatShare(s.remainingAtStart)} | ${formatShare(s.remainingAtEnd)} | ${formatShare(s.lost)} |`,
      );
  }
  for (const section of doc.sections) {
    out.push("", `## ${section.title}`, "");
    if (section.body.trim()) out.push(section.body.trim());
    if (section.key === ROOT_CAUSE_SECTION && doc.factors.length) {
      out.push("", "**Contributing factors**", "");
      for (const factor of doc.factors)
        out.push(`- _${FACTOR_CATEGORY_LABELS[factor.category]}:_ ${factor.description}`);
    }
    if (section.key === ACTION_ITEMS_SECTION) out.push(...actionItemsTable(doc));
  }
  if (!doc.sections.some((s) => s.key === ACTION_ITEMS_SECTION) && doc.actionItems.length)
    out.push("", "## Action items", ...actionItemsTable(doc));
  return `${out.join("\n").trim()}\n`;
}

function actionItemsTable(doc: PostmortemDocument): string[] {
  if (!doc.actionItems.length) return ["", "_No action items._"];
  const rows = [
    "",
    "| Action | Type | Priority | Owner | Due | Status | Tracker |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const a of doc.actionItems) {
    rows.push(
      `| ${cell(a.title)} | ${a.type} | ${a.priority} | ${cell(a.owner?.name ?? "—")} | ${a.dueDate ?? "—"} | ${a.status.replace("_", " ")}${a.overdue ? " (overdue)" : ""} | ${a.trackerUrl ? `<${a.trackerUrl}>` : "—"} |`,
    );
  }
  return rows;
}

/** A file name safe on every system: `inc-42-postmortem.md`. */
export const exportFileName = (doc: Pick<PostmortemDocument, "incident">, extension: "md" | "pdf") =>
  `inc-${doc.incident.number}-postmortem.${extension}`;
