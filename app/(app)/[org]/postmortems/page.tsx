import type { Metadata } from "next";
import Link from "next/link";
import { PostmortemStatusBadge } from "@/components/postmortems/PostmortemStatusBadge";
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Input,
  LinkButton,
  PageHeader,
  Select,
  SeverityBadge,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { SEVERITIES } from "@/lib/incidents/core/lifecycle";
import {
  CONTRIBUTING_FACTOR_CATEGORIES,
  FACTOR_CATEGORY_LABELS,
  type ContributingFactorCategory,
  type PostmortemStatus,
} from "@/lib/postmortems/core/constants";
import {
  libraryQuerySchema,
  libraryTags,
  listAwaitingMyReview,
  listInProgress,
  listOverdue,
  recurringFactors,
  searchLibrary,
} from "@/lib/postmortems/library";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";

export const metadata: Metadata = { title: "Post-mortems" };

const utc = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "—");

export default async function PostmortemsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/postmortems`);
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""),
  );
  // A hand-edited URL with an unknown filter falls back to the whole library rather than an error page.
  const parsed = libraryQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : libraryQuerySchema.parse({});
  const [overdue, mine, inProgress, library, factors, tags, services] = await Promise.all([
    listOverdue(ctx),
    listAwaitingMyReview(ctx),
    listInProgress(ctx),
    searchLibrary(ctx, query),
    recurringFactors(ctx),
    libraryTags(ctx),
    listServices(ctx),
  ]);
  return (
    <>
      <PageHeader
        title="Post-mortems"
        description="Blameless reviews of resolved incidents: what is due, what is in review, and the library of what we learned."
        actions={<LinkButton href={`/${org}/postmortems/action-items`}>Action items</LinkButton>}
      />
      <div className="stack">
        {overdue.length ? (
          <Card title="Overdue" description="Required by the severity policy and not yet published.">
            <Table caption="Overdue post-mortems" data-testid="overdue">
              <THead>
                <Tr>
                  <Th>Incident</Th>
                  <Th>Severity</Th>
                  <Th>Due</Th>
                  <Th>Post-mortem</Th>
                </Tr>
              </THead>
              <TBody>
                {overdue.map((i) => (
                  <Tr key={i.id}>
                    <Td>
                      <Link href={`/${org}/incidents/${i.number}`}>
                        INC-{i.number} {i.title}
                      </Link>
                    </Td>
                    <Td>
                      <SeverityBadge severity={i.severity} />
                    </Td>
                    <Td mono>{utc(i.dueAt)}</Td>
                    <Td>
                      {i.postmortem ? (
                        <Link href={`/${org}/postmortems/${i.postmortem.id}`}>
                          <PostmortemStatusBadge status={i.postmortem.status as PostmortemStatus} />
                        </Link>
                      ) : (
                        <span className="muted">Not started</span>
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </Card>
        ) : null}
        {mine.length ? (
          <Card title="Waiting for your review">
            <ul>
              {mine.map((r) => (
                <li key={r.postmortem.id}>
                  <Link href={`/${org}/postmortems/${r.postmortem.id}`}>
                    INC-{r.postmortem.incident.number} {r.postmortem.title}
                  </Link>{" "}
                  {r.decision === "changes_requested" ? <Badge tone="warn">You requested changes</Badge> : null}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Card title="Drafts and reviews" flush={inProgress.length > 0}>
          {inProgress.length ? (
            <Table caption="Post-mortems being written or reviewed">
              <THead>
                <Tr>
                  <Th>Post-mortem</Th>
                  <Th>Severity</Th>
                  <Th>Status</Th>
                  <Th>Reviewers</Th>
                  <Th>Due</Th>
                </Tr>
              </THead>
              <TBody>
                {inProgress.map((p) => (
                  <Tr key={p.id}>
                    <Td>
                      <Link href={`/${org}/postmortems/${p.id}`}>
                        INC-{p.incident.number} {p.title}
                      </Link>
                    </Td>
                    <Td>
                      <SeverityBadge severity={p.incident.severity} />
                    </Td>
                    <Td>
                      <PostmortemStatusBadge status={p.status} />
                    </Td>
                    <Td>
                      {p.reviews.map((r) => `${r.reviewer.name} (${r.decision.replace("_", " ")})`).join(", ") || "—"}
                    </Td>
                    <Td mono>
                      {p.dueAt ? utc(p.dueAt) : "not required"}{" "}
                      {p.overdue ? <Badge tone="critical">Overdue</Badge> : null}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          ) : (
            <p className="muted">Nothing in progress. Open a resolved incident and choose “Create post-mortem”.</p>
          )}
        </Card>
        <Card
          title="Library"
          description="Published post-mortems. Search the text (PostgreSQL full-text: words, “quoted phrases”, -exclusions)."
        >
          <div className="stack">
            <form className="row" method="get" aria-label="Search the library">
              <Input
                name="q"
                placeholder="Search post-mortems"
                aria-label="Search post-mortems"
                defaultValue={query.q ?? ""}
              />
              <Select name="service" aria-label="Service" defaultValue={query.service ?? ""}>
                <option value="">Any service</option>
                {services.map((s) => (
                  <option key={s.id} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </Select>
              <Select name="severity" aria-label="Severity" defaultValue={query.severity ?? ""}>
                <option value="">Any severity</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
              <Select name="tag" aria-label="Tag" defaultValue={query.tag ?? ""}>
                <option value="">Any tag</option>
                {tags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </Select>
              <Select name="category" aria-label="Contributing factor" defaultValue={query.category ?? ""}>
                <option value="">Any contributing factor</option>
                {CONTRIBUTING_FACTOR_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {FACTOR_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </Select>
              <Button type="submit">Search</Button>
            </form>
            {library.length ? (
              <ul className="stack" data-gap="3" data-testid="library">
                {library.map((p) => (
                  <li key={p.id}>
                    <Link href={`/${org}/postmortems/${p.id}`}>
                      <strong>
                        INC-{p.number} {p.title}
                      </strong>
                    </Link>{" "}
                    <SeverityBadge severity={p.severity} />{" "}
                    {p.tags.map((t) => (
                      <Badge key={t}>{t}</Badge>
                    ))}
                    <div className="muted">
                      Published {utc(p.publishedAt)}
                      {p.snippet ? ` · ${p.snippet}` : ""}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState
                title="Nothing found"
                description={
                  Object.keys(raw).length
                    ? "No published post-mortem matches."
                    : "No post-mortem has been published yet."
                }
              />
            )}
          </div>
        </Card>
        <Card
          title="Recurring contributing factors"
          description="Across published post-mortems: how many name each category, and factors that came back."
        >
          {factors.categories.length ? (
            <div className="stack">
              <ul data-testid="factor-counts">
                {factors.categories.map((c) => (
                  <li key={c.category}>
                    <Link href={`/${org}/postmortems?category=${c.category}`}>
                      {FACTOR_CATEGORY_LABELS[c.category as ContributingFactorCategory] ?? c.category}
                    </Link>
                    : {c.postmortems} post-mortem{c.postmortems === 1 ? "" : "s"}{" "}
                    {c.recurring ? <Badge tone="warn">Recurring</Badge> : null}
                  </li>
                ))}
              </ul>
              {factors.repeated.length ? (
                <ul>
                  {factors.repeated.map((r) => (
                    <li key={`${r.category}-${r.description}`}>
                      “{r.description}” — in {r.postmortems} post-mortems
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : (
            <p className="muted">No contributing factors recorded in published post-mortems yet.</p>
          )}
        </Card>
      </div>
    </>
  );
}
