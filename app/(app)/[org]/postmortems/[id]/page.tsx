import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactsPanel } from "@/components/postmortems/FactsPanel";
import { PostmortemStatusBadge } from "@/components/postmortems/PostmortemStatusBadge";
import { Badge, Card, LinkButton, PageHeader, SeverityBadge } from "@/components/ui";
import { can } from "@/lib/access/context";
import { isDomainError } from "@/lib/errors";
import { listResponders } from "@/lib/incidents/queries";
import { ACTION_ITEMS_SECTION, ROOT_CAUSE_SECTION, SUMMARY_SECTION } from "@/lib/postmortems/core/constants";
import { outstandingFlags } from "@/lib/postmortems/core/flags";
import { getEditorExtras, getPostmortemDocument } from "@/lib/postmortems/queries";
import { getPostmortemSettings } from "@/lib/postmortems/settings";
import { canEditContent, publishBlockers } from "@/lib/postmortems/core/workflow";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";
import { ActionItemsPanel, FactorsPanel, MetaPanel, SharePanel, WorkflowPanel } from "./Panels";
import { PostmortemLive } from "./PostmortemLive";
import { SectionEditor } from "./SectionEditor";
import styles from "./Postmortem.module.css";

export const metadata: Metadata = { title: "Post-mortem" };

export default async function PostmortemPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await pageContext(org, `/${org}/postmortems/${id}`);
  const doc = await getPostmortemDocument(ctx, id).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  const [extras, members, services, settings] = await Promise.all([
    getEditorExtras(ctx, id),
    listResponders(ctx),
    listServices(ctx),
    getPostmortemSettings(ctx),
  ]);
  const canWrite = can(ctx, "incidents:write");
  const editable = canEditContent(doc.status);
  const flags = outstandingFlags(doc.sections, extras.dismissals, extras.people);
  const blockers = publishBlockers({
    status: doc.status,
    contentVersion: doc.contentVersion,
    reviews: doc.reviews
      .filter((r) => r.revision === doc.revision)
      .map((r) => ({ reviewerId: r.reviewer.id, decision: r.decision, contentVersion: r.contentVersion })),
    outstandingFlags: flags.length,
    summary: doc.sections.find((s) => s.key === SUMMARY_SECTION)?.body ?? "",
  });
  const memberOptions = members.map((m) => ({ id: m.id, name: m.name, role: m.role }));
  const base = `/${org}/postmortems/${id}`;
  return (
    <>
      <PostmortemLive org={org} id={id} />
      <PageHeader
        title={doc.title}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/postmortems`}>Post-mortems</Link> /{" "}
            <Link href={`/${org}/incidents/${doc.incident.number}`}>INC-{doc.incident.number}</Link>
          </nav>
        }
        badges={
          <>
            <SeverityBadge severity={doc.incident.severity} />
            <PostmortemStatusBadge status={doc.status} data-testid="postmortem-status" />
            {doc.revision > 1 ? <Badge>Revision {doc.revision}</Badge> : null}
            {doc.overdue ? <Badge tone="critical">Review overdue</Badge> : null}
            {doc.complete ? <Badge tone="ok">Complete</Badge> : null}
            {doc.incident.private ? <Badge tone="critical">Private</Badge> : null}
          </>
        }
        description={
          doc.required && doc.dueAt
            ? `Required by policy for ${doc.incident.severity}; review due ${doc.dueAt.slice(0, 16).replace("T", " ")} UTC.`
            : "Not required by the severity policy."
        }
        actions={
          <>
            <LinkButton href={`${base}/export?format=markdown`} size="sm" prefetch={false} download>
              Export Markdown
            </LinkButton>
            <LinkButton href={`${base}/export?format=pdf`} size="sm" prefetch={false} download>
              Export PDF
            </LinkButton>
            <LinkButton href={`${base}/print`} size="sm" variant="ghost" prefetch={false}>
              Printable page
            </LinkButton>
          </>
        }
      />
      {!editable ? (
        <p className="muted">
          Published post-mortems are read-only. Start a new revision to change one; it needs a new review.
        </p>
      ) : null}
      <div className={styles.layout}>
        <div className={styles.main}>
          <Card
            title="Facts from the incident"
            description={`Gathered ${doc.facts.generatedAt.slice(0, 16).replace("T", " ")} UTC from INC-${doc.incident.number}'s record.`}
          >
            <FactsPanel facts={doc.facts} incidentHref={`/${org}/incidents/${doc.incident.number}`} />
          </Card>
          {doc.sections.map((section) => (
            <SectionEditor
              key={section.key}
              org={org}
              id={id}
              section={section}
              editable={editable}
              canWrite={canWrite}
              people={extras.people}
              dismissals={extras.dismissals.filter((d) => d.sectionKey === section.key)}
              comments={extras.comments.filter((c) => c.sectionKey === section.key)}
            >
              {section.key === ROOT_CAUSE_SECTION ? (
                <FactorsPanel org={org} doc={doc} editable={editable && canWrite} />
              ) : null}
              {section.key === ACTION_ITEMS_SECTION ? (
                <ActionItemsPanel
                  org={org}
                  doc={doc}
                  members={memberOptions}
                  services={services.map((s) => ({ id: s.id, name: s.name }))}
                  canWrite={canWrite}
                />
              ) : null}
            </SectionEditor>
          ))}
        </div>
        <aside className={styles.side}>
          <WorkflowPanel
            org={org}
            doc={doc}
            members={memberOptions}
            me={ctx.actor.id}
            blockers={blockers}
            canWrite={canWrite}
            publicSummaryEnabled={settings.postPublicSummary}
          />
          <MetaPanel
            org={org}
            doc={doc}
            editable={editable}
            canWrite={canWrite}
            publicSummaryEnabled={settings.postPublicSummary}
          />
          <SharePanel
            org={org}
            id={id}
            links={extras.shareLinks}
            canWrite={canWrite}
            isPrivate={doc.incident.private}
          />
          {doc.publications.length ? (
            <Card title="Publications">
              <ul>
                {doc.publications.map((p) => (
                  <li key={p.revision}>
                    Revision {p.revision}: {p.publishedAt.slice(0, 16).replace("T", " ")} UTC by {p.publishedBy}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </aside>
      </div>
    </>
  );
}
