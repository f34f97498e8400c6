import type { PhrasingContent, RootContent } from "mdast";
import {
  Document,
  Line,
  Link,
  Page,
  Rect,
  renderToBuffer,
  StyleSheet,
  Svg,
  Text,
  View,
  type Styles,
} from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { actionItemCounts, budgetBars, responseBars } from "./charts";
import {
  ACTION_ITEMS_SECTION,
  FACTOR_CATEGORY_LABELS,
  POSTMORTEM_STATUS_LABELS,
  ROOT_CAUSE_SECTION,
} from "./constants";
import type { PostmortemDocument } from "./document";
import { formatMinutes, formatShare } from "./facts";
import { parseMarkdown } from "./markdown-ast";

// The post-mortem as a PDF for leadership: a cover block with the key facts, charts, then the
// narrative. Pure JavaScript (react-pdf), no browser on the server. Raw HTML in Markdown is dropped.

const INK = "#111827";
const MUTED = "#6b7280";
const ACCENT = "#2563eb";
const COLORS = { before: "#93c5fd", after: "#2563eb", open: "#dc2626", inProgress: "#f59e0b", done: "#16a34a" };

const s = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 52,
    fontSize: 10,
    fontFamily: "Helvetica",
    color: INK,
    lineHeight: 1.45,
  },
  org: { fontSize: 9, color: MUTED, textTransform: "uppercase", letterSpacing: 1 },
  title: { fontSize: 22, fontFamily: "Helvetica-Bold", marginTop: 6, marginBottom: 8, lineHeight: 1.2 },
  meta: { fontSize: 10, color: MUTED, marginBottom: 14 },
  facts: {
    flexDirection: "row",
    flexWrap: "wrap",
    borderTop: `1pt solid ${ACCENT}`,
    borderBottom: "0.5pt solid #d1d5db",
    paddingVertical: 8,
    marginBottom: 14,
  },
  fact: { width: "25%", paddingVertical: 4 },
  factLabel: { fontSize: 8, color: MUTED, textTransform: "uppercase" },
  factValue: { fontSize: 11, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 14, fontFamily: "Helvetica-Bold", marginTop: 16, marginBottom: 6, color: ACCENT },
  h3: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  p: { marginBottom: 6 },
  li: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12 },
  code: { fontFamily: "Courier", fontSize: 9, backgroundColor: "#f3f4f6", padding: 6, marginBottom: 6 },
  quote: { borderLeft: "2pt solid #d1d5db", paddingLeft: 8, color: "#374151", marginBottom: 6 },
  row: { flexDirection: "row", borderBottom: "0.5pt solid #e5e7eb", paddingVertical: 3 },
  th: { fontFamily: "Helvetica-Bold", fontSize: 9 },
  td: { fontSize: 9, paddingRight: 4 },
  chartBox: { marginBottom: 10 },
  chartTitle: { fontSize: 10, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  legend: { fontSize: 8, color: MUTED, marginTop: 2 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 52,
    right: 52,
    fontSize: 8,
    color: MUTED,
    flexDirection: "row",
    justifyContent: "space-between",
  },
});

/** Helvetica in PDFs covers Latin-1 only: replace the few other characters Vigil writes. */
export function pdfSafe(text: string): string {
  return text
    .replace(/→/gu, "->")
    .replace(/←/gu, "<-")
    .replace(/≥/gu, ">=")
    .replace(/≤/gu, "<=")
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/[–—]/gu, "-")
    .replace(/…/gu, "...")
    .replace(/[^\u0000-\u00ff]/gu, "");
}

type PdfStyle = Styles[string] | Styles[string][];
const T = ({ children, style }: { children: ReactNode; style?: PdfStyle }) => <Text style={style}>{children}</Text>;
const utc = (at: string | null) => (at ? `${at.slice(0, 16).replace("T", " ")} UTC` : "-");

function inline(nodes: PhrasingContent[], key = "i"): ReactNode[] {
  return nodes.map((n, i) => {
    const k = `${key}-${i}`;
    switch (n.type) {
      case "text":
        return pdfSafe(n.value);
      case "strong":
        return (
          <Text key={k} style={{ fontFamily: "Helvetica-Bold" }}>
            {inline(n.children, k)}
          </Text>
        );
      case "emphasis":
        return (
          <Text key={k} style={{ fontFamily: "Helvetica-Oblique" }}>
            {inline(n.children, k)}
          </Text>
        );
      case "delete":
        return (
          <Text key={k} style={{ textDecoration: "line-through" }}>
            {inline(n.children, k)}
          </Text>
        );
      case "inlineCode":
        return (
          <Text key={k} style={{ fontFamily: "Courier" }}>
            {pdfSafe(n.value)}
          </Text>
        );
      case "link":
        return /^https?:/i.test(n.url) ? (
          <Link key={k} src={n.url} style={{ color: ACCENT }}>
            {inline(n.children, k)}
          </Link>
        ) : (
          <Text key={k}>{inline(n.children, k)}</Text>
        );
      case "break":
        return "\n";
      default:
        return null; // raw HTML, images and footnote references are not carried into the PDF
    }
  });
}

function block(node: RootContent, key: string, depth = 0): ReactNode {
  switch (node.type) {
    case "heading":
      return (
        <T key={key} style={s.h3}>
          {inline(node.children, key)}
        </T>
      );
    case "paragraph":
      return (
        <T key={key} style={s.p}>
          {inline(node.children, key)}
        </T>
      );
    case "list":
      return (
        <View key={key} style={{ marginLeft: depth * 12, marginBottom: 4 }}>
          {node.children.map((item, i) => (
            <View key={`${key}-${i}`} style={s.li}>
              <T style={s.bullet}>
                {item.checked === true
                  ? "[x]"
                  : item.checked === false
                    ? "[ ]"
                    : node.ordered
                      ? `${(node.start ?? 1) + i}.`
                      : "•"}
              </T>
              <View style={{ flex: 1 }}>
                {item.children.map((c, j) =>
                  c.type === "paragraph" ? (
                    <T key={j}>{inline(c.children, `${key}-${i}-${j}`)}</T>
                  ) : (
                    block(c, `${key}-${i}-${j}`, depth + 1)
                  ),
                )}
              </View>
            </View>
          ))}
        </View>
      );
    case "code":
      return (
        <T key={key} style={s.code}>
          {pdfSafe(node.value)}
        </T>
      );
    case "blockquote":
      return (
        <View key={key} style={s.quote}>
          {node.children.map((c, i) => block(c, `${key}-${i}`, depth))}
        </View>
      );
    case "table":
      return (
        <View key={key} style={{ marginBottom: 6 }}>
          {node.children.map((row, r) => (
            <View key={`${key}-${r}`} style={s.row} wrap={false}>
              {row.children.map((cell, c) => (
                <T key={c} style={[s.td, r === 0 ? s.th : {}, { flex: 1 }]}>
                  {inline(cell.children, `${key}-${r}-${c}`)}
                </T>
              ))}
            </View>
          ))}
        </View>
      );
    case "thematicBreak":
      return <View key={key} style={{ borderBottom: "0.5pt solid #d1d5db", marginVertical: 6 }} />;
    default:
      return null;
  }
}

function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <T style={{ ...s.p, color: MUTED }}>Not written.</T>;
  return <View>{parseMarkdown(text).children.map((n, i) => block(n, `b${i}`))}</View>;
}

const CHART_W = 480;

/** Horizontal bars: minutes from the start to each response moment. */
function ResponseChart({ doc }: { doc: PostmortemDocument }) {
  const bars = responseBars(doc.facts);
  const max = Math.max(1, ...bars.map((b) => b.minutes ?? 0));
  const labelW = 90;
  const barW = CHART_W - labelW - 70;
  return (
    <View style={s.chartBox} wrap={false}>
      <T style={s.chartTitle}>Response: minutes from start</T>
      <Svg width={CHART_W} height={bars.length * 20}>
        {bars.map((b, i) => (
          <Rect
            key={b.label}
            x={labelW}
            y={i * 20 + 4}
            width={Math.max(1, ((b.minutes ?? 0) / max) * barW)}
            height={12}
            fill={b.minutes === null ? "#e5e7eb" : ACCENT}
          />
        ))}
        <Line x1={labelW} y1={0} x2={labelW} y2={bars.length * 20} strokeWidth={0.5} stroke={MUTED} />
      </Svg>
      <View style={{ position: "absolute", top: 16, left: 0, width: CHART_W }}>
        {bars.map((b, i) => (
          <View
            key={b.label}
            style={{ position: "absolute", top: i * 20 + 4, left: 0, width: CHART_W, flexDirection: "row" }}
          >
            <T style={{ width: labelW - 6, fontSize: 8, textAlign: "right" }}>{b.label}</T>
            <T
              style={{
                position: "absolute",
                left: labelW + Math.max(1, ((b.minutes ?? 0) / max) * barW) + 4,
                width: 70,
                fontSize: 8,
                color: MUTED,
              }}
            >
              {formatMinutes(b.minutes)}
            </T>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Paired bars per SLO: budget left before and after the incident. */
function BudgetChart({ doc }: { doc: PostmortemDocument }) {
  const bars = budgetBars(doc.facts);
  if (!bars.length) return null;
  const labelW = 150;
  const barW = CHART_W - labelW - 60;
  const rowH = 26;
  const w = (v: number | null) => Math.max(1, (Math.max(0, v ?? 0) / 100) * barW);
  return (
    <View style={s.chartBox} wrap={false}>
      <T style={s.chartTitle}>Error budget left: before and after the incident</T>
      <View style={{ position: "relative", height: bars.length * rowH }}>
        <Svg width={CHART_W} height={bars.length * rowH} style={{ position: "absolute", top: 0, left: 0 }}>
          {bars.flatMap((b, i) => [
            <Rect
              key={`${b.name}-b`}
              x={labelW}
              y={i * rowH + 2}
              width={w(b.before)}
              height={10}
              fill={COLORS.before}
            />,
            <Rect
              key={`${b.name}-a`}
              x={labelW}
              y={i * rowH + 13}
              width={w(b.after)}
              height={10}
              fill={COLORS.after}
            />,
          ])}
        </Svg>
        {bars.map((b, i) => (
          <View
            key={b.name}
            style={{ position: "absolute", top: i * rowH + 6, left: 0, width: CHART_W, flexDirection: "row" }}
          >
            <T style={{ width: labelW - 6, fontSize: 8, textAlign: "right" }}>{pdfSafe(b.name)}</T>
            <T
              style={{
                position: "absolute",
                left: labelW + Math.max(w(b.before), w(b.after)) + 4,
                width: 60,
                fontSize: 8,
                color: MUTED,
              }}
            >{`${b.before ?? "-"} % -> ${b.after ?? "-"} %`}</T>
          </View>
        ))}
      </View>
      <T style={s.legend}>Light: left at the start. Dark: left at the end.</T>
    </View>
  );
}

/** Stacked bars: action items per priority by status. */
function ActionItemsChart({ doc }: { doc: PostmortemDocument }) {
  const rows = actionItemCounts(doc);
  const max = Math.max(1, ...rows.map((r) => r.open + r.inProgress + r.done));
  const labelW = 60;
  const barW = 260;
  return (
    <View style={s.chartBox} wrap={false}>
      <T style={s.chartTitle}>Action items by priority</T>
      <View style={{ position: "relative", height: rows.length * 18 }}>
        <Svg width={CHART_W} height={rows.length * 18} style={{ position: "absolute", top: 0, left: 0 }}>
          {rows.flatMap((r, i) => {
            const seg = (n: number) => (n / max) * barW;
            return [
              <Rect
                key={`${r.priority}-o`}
                x={labelW}
                y={i * 18 + 3}
                width={seg(r.open)}
                height={11}
                fill={COLORS.open}
              />,
              <Rect
                key={`${r.priority}-p`}
                x={labelW + seg(r.open)}
                y={i * 18 + 3}
                width={seg(r.inProgress)}
                height={11}
                fill={COLORS.inProgress}
              />,
              <Rect
                key={`${r.priority}-d`}
                x={labelW + seg(r.open) + seg(r.inProgress)}
                y={i * 18 + 3}
                width={seg(r.done)}
                height={11}
                fill={COLORS.done}
              />,
            ];
          })}
        </Svg>
        {rows.map((r, i) => (
          <View
            key={r.priority}
            style={{ position: "absolute", top: i * 18 + 4, left: 0, width: CHART_W, flexDirection: "row" }}
          >
            <T style={{ width: labelW - 6, fontSize: 8, textAlign: "right" }}>{r.priority}</T>
            <T
              style={{ position: "absolute", left: labelW + barW + 8, width: 160, fontSize: 8, color: MUTED }}
            >{`${r.open} open, ${r.inProgress} in progress, ${r.done} done`}</T>
          </View>
        ))}
      </View>
      <T style={s.legend}>Red: open. Amber: in progress. Green: done.</T>
    </View>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={s.fact}>
      <T style={s.factLabel}>{label}</T>
      <T style={s.factValue}>{pdfSafe(value)}</T>
    </View>
  );
}

function ActionItemsTable({ doc }: { doc: PostmortemDocument }) {
  if (!doc.actionItems.length) return <T style={{ ...s.p, color: MUTED }}>No action items.</T>;
  const cols = [
    ["Action", 3],
    ["Type", 1],
    ["Priority", 1],
    ["Owner", 1.5],
    ["Due", 1.2],
    ["Status", 1.2],
  ] as const;
  return (
    <View style={{ marginBottom: 8 }}>
      <View style={s.row}>
        {cols.map(([c, f]) => (
          <T key={c} style={{ ...s.th, flex: f }}>
            {c}
          </T>
        ))}
      </View>
      {doc.actionItems.map((a) => (
        <View key={a.id} style={s.row} wrap={false}>
          <T style={{ ...s.td, flex: 3 }}>{pdfSafe(a.title)}</T>
          <T style={{ ...s.td, flex: 1 }}>{a.type}</T>
          <T style={{ ...s.td, flex: 1 }}>{a.priority}</T>
          <T style={{ ...s.td, flex: 1.5 }}>{pdfSafe(a.owner?.name ?? "-")}</T>
          <T style={{ ...s.td, flex: 1.2 }}>{a.dueDate ?? "-"}</T>
          <T
            style={{ ...s.td, flex: 1.2, color: a.overdue ? COLORS.open : INK }}
          >{`${a.status.replace("_", " ")}${a.overdue ? " (overdue)" : ""}`}</T>
        </View>
      ))}
    </View>
  );
}

export function PostmortemPdf({ doc, orgName }: { doc: PostmortemDocument; orgName: string }) {
  const f = doc.facts;
  return (
    <Document
      title={pdfSafe(doc.title)}
      subject={`Post-mortem of INC-${doc.incident.number}`}
      author={pdfSafe(orgName)}
      creator="Vigil"
      producer="Vigil"
    >
      <Page size="A4" style={s.page}>
        <T style={s.org}>{pdfSafe(`${orgName} · Post-mortem`)}</T>
        <T style={s.title}>{pdfSafe(doc.title)}</T>
        <T style={s.meta}>
          {pdfSafe(
            `INC-${doc.incident.number} · ${doc.incident.severity} · ${POSTMORTEM_STATUS_LABELS[doc.status]} · revision ${doc.revision}${doc.publishedAt ? ` · published ${utc(doc.publishedAt)}` : ""}`,
          )}
        </T>
        <View style={s.facts}>
          <Fact label="Duration" value={formatMinutes(f.durationMinutes)} />
          <Fact label="Time to acknowledge" value={formatMinutes(f.timeTo.acknowledge)} />
          <Fact label="Time to mitigate" value={formatMinutes(f.timeTo.mitigate)} />
          <Fact label="Started" value={utc(f.moments.startedAt)} />
          <Fact label="Services" value={f.services.map((x) => x.name).join(", ") || "-"} />
          <Fact
            label="Budget spent (worst SLO)"
            value={formatShare(
              f.slos.reduce<number | null>((m, x) => (x.lost === null ? m : Math.max(m ?? 0, x.lost)), null),
            )}
          />
          <Fact label="Action items open" value={String(doc.actionItems.filter((a) => a.status !== "done").length)} />
          <Fact label="Complete" value={doc.complete ? "Yes" : "Not yet"} />
        </View>
        <ResponseChart doc={doc} />
        <BudgetChart doc={doc} />
        {doc.actionItems.length ? <ActionItemsChart doc={doc} /> : null}
        {f.roles.length ? (
          <View wrap={false}>
            <T style={s.h3}>Who held which role</T>
            {f.roles.map((r, i) => (
              <T key={i} style={{ fontSize: 9 }}>
                {pdfSafe(`${r.roleName}: ${r.name}, ${utc(r.startedAt)} to ${r.endedAt ? utc(r.endedAt) : "the end"}`)}
              </T>
            ))}
          </View>
        ) : null}
        {doc.sections.map((section) => (
          <View key={section.key}>
            <Text style={s.h2} minPresenceAhead={60}>
              {pdfSafe(section.title)}
            </Text>
            <Markdown text={section.body} />
            {section.key === ROOT_CAUSE_SECTION && doc.factors.length ? (
              <View>
                <T style={s.h3}>Contributing factors</T>
                {doc.factors.map((x) => (
                  <T key={x.id} style={s.p}>
                    {pdfSafe(`${FACTOR_CATEGORY_LABELS[x.category]}: ${x.description}`)}
                  </T>
                ))}
              </View>
            ) : null}
            {section.key === ACTION_ITEMS_SECTION ? <ActionItemsTable doc={doc} /> : null}
          </View>
        ))}
        <View style={s.footer} fixed>
          <T>{pdfSafe(`INC-${doc.incident.number} post-mortem · ${orgName} · internal`)}</T>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export async function renderPostmortemPdf(doc: PostmortemDocument, orgName: string): Promise<Buffer> {
  return renderToBuffer(<PostmortemPdf doc={doc} orgName={orgName} />);
}
