import { ChartBarPostmortemBudget } from "@/components/charts/chart-bar-postmortem-budget";
import { ChartBarPostmortemResponse } from "@/components/charts/chart-bar-postmortem-response";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { budgetBars, responseBars } from "@/lib/postmortems/core/charts";
import {
  ACTION_ITEMS_SECTION,
  FACTOR_CATEGORY_LABELS,
  POSTMORTEM_STATUS_LABELS,
  ROOT_CAUSE_SECTION,
} from "@/lib/postmortems/core/constants";
import type { PostmortemDocument } from "@/lib/postmortems/core/document";
import { FactsPanel } from "./FactsPanel";
import { Markdown } from "./Markdown";
import styles from "./Postmortem.module.css";

/** The post-mortem as a read-only document: the printable page and share links. */
export function PostmortemDocumentView({ doc, orgName }: { doc: PostmortemDocument; orgName: string }) {
  return (
    <article className={styles.document} data-testid="postmortem-document">
      <p className="muted">{orgName} · Post-mortem</p>
      <h1>{doc.title}</h1>
      <p className="muted">
        INC-{doc.incident.number} · {doc.incident.severity} · {POSTMORTEM_STATUS_LABELS[doc.status]} · revision{" "}
        {doc.revision}
        {doc.publishedAt ? ` · published ${doc.publishedAt.slice(0, 16).replace("T", " ")} UTC` : ""}
        {doc.tags.length ? (
          <>
            {" "}
            ·{" "}
            {doc.tags.map((t) => (
              <Badge key={t}>{t}</Badge>
            ))}
          </>
        ) : null}
      </p>
      <h2>Facts</h2>
      <FactsPanel facts={doc.facts} />
      <ChartBarPostmortemResponse
        rows={responseBars(doc.facts)}
        label="Minutes from the start to detection, acknowledgement, mitigation and resolution"
      />
      {doc.facts.slos.length ? (
        <ChartBarPostmortemBudget
          rows={budgetBars(doc.facts)}
          label="Error budget left per SLO at the start and at the end of the incident"
        />
      ) : null}
      {doc.sections.map((s) => (
        <section key={s.key}>
          <h2>{s.title}</h2>
          <Markdown text={s.body} empty="Not written." />
          {s.key === ROOT_CAUSE_SECTION && doc.factors.length ? (
            <>
              <h3>Contributing factors</h3>
              <ul>
                {doc.factors.map((f) => (
                  <li key={f.id}>
                    <strong>{FACTOR_CATEGORY_LABELS[f.category]}:</strong> {f.description}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {s.key === ACTION_ITEMS_SECTION ? (
            doc.actionItems.length ? (
              <Table caption="Action items">
                <THead>
                  <Tr>
                    <Th>Action</Th>
                    <Th>Type</Th>
                    <Th>Priority</Th>
                    <Th>Owner</Th>
                    <Th>Due</Th>
                    <Th>Status</Th>
                  </Tr>
                </THead>
                <TBody>
                  {doc.actionItems.map((a) => (
                    <Tr key={a.id}>
                      <Td>
                        {a.trackerUrl ? (
                          <a href={a.trackerUrl} rel="noopener noreferrer nofollow">
                            {a.title}
                          </a>
                        ) : (
                          a.title
                        )}
                      </Td>
                      <Td>{a.type}</Td>
                      <Td>{a.priority}</Td>
                      <Td>{a.owner?.name ?? "—"}</Td>
                      <Td mono>{a.dueDate ?? "—"}</Td>
                      <Td>
                        {a.status.replace("_", " ")}
                        {a.overdue ? " (overdue)" : ""}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            ) : (
              <p className="muted">No action items.</p>
            )
          ) : null}
        </section>
      ))}
    </article>
  );
}
