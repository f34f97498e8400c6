import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Button, Card, EmptyState, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { actionItemFilterSchema, listActionItems } from "@/lib/postmortems/action-items";
import { ACTION_ITEM_STATUS_LABELS } from "@/lib/postmortems/core/constants";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";

export const metadata: Metadata = { title: "Action items" };

/** Follow-ups from every post-mortem, by team and service: what is open and what is late. */
export default async function ActionItemsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/postmortems/action-items`);
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""),
  );
  const parsed = actionItemFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : actionItemFilterSchema.parse({});
  const [view, services] = await Promise.all([listActionItems(ctx, filter), listServices(ctx)]);
  const teams = [...new Set(services.map((s) => s.team).filter(Boolean))].sort();
  return (
    <>
      <PageHeader
        title="Action items"
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/postmortems`}>Post-mortems</Link>
          </nav>
        }
        description={`${view.total} ${filter.state === "all" ? "in total" : filter.state === "overdue" ? "overdue" : "open"}, ${view.overdue} overdue.`}
      />
      <form className="row" method="get" aria-label="Filter action items">
        <Select name="state" aria-label="Which items" defaultValue={filter.state}>
          <option value="open">Open</option>
          <option value="overdue">Overdue</option>
          <option value="all">All</option>
        </Select>
        <Select name="team" aria-label="Team" defaultValue={filter.team ?? ""}>
          <option value="">Every team</option>
          {teams.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
        <Select name="service" aria-label="Service" defaultValue={filter.service ?? ""}>
          <option value="">Every service</option>
          {services.map((s) => (
            <option key={s.id} value={s.slug}>
              {s.name}
            </option>
          ))}
        </Select>
        <Button type="submit">Filter</Button>
      </form>
      {view.groups.length === 0 ? (
        <EmptyState title="No action items" description="Nothing matches: follow-ups from post-mortems show up here." />
      ) : (
        <div className="stack" data-testid="action-item-groups">
          {view.groups.map((g) => (
            <Card
              key={`${g.team}-${g.service}`}
              title={`${g.team} · ${g.service}`}
              description={`${g.items.length} item${g.items.length === 1 ? "" : "s"}${g.overdue ? `, ${g.overdue} overdue` : ""}`}
              flush
            >
              <Table caption={`Action items for ${g.team}, ${g.service}`}>
                <THead>
                  <Tr>
                    <Th>Action</Th>
                    <Th>Post-mortem</Th>
                    <Th>Type</Th>
                    <Th>Priority</Th>
                    <Th>Owner</Th>
                    <Th>Due</Th>
                    <Th>Status</Th>
                  </Tr>
                </THead>
                <TBody>
                  {g.items.map((i) => (
                    <Tr key={i.id}>
                      <Td>
                        {i.trackerUrl ? (
                          <a href={i.trackerUrl} rel="noopener noreferrer nofollow">
                            {i.title}
                          </a>
                        ) : (
                          i.title
                        )}
                      </Td>
                      <Td>
                        <Link href={`/${org}/postmortems/${i.postmortem.id}`}>INC-{i.postmortem.incident.number}</Link>
                      </Td>
                      <Td>{i.type}</Td>
                      <Td>
                        <Badge tone={i.priority === "high" ? "critical" : i.priority === "medium" ? "warn" : "neutral"}>
                          {i.priority}
                        </Badge>
                      </Td>
                      <Td>{i.owner?.name ?? "—"}</Td>
                      <Td mono>
                        {i.dueDate ?? "—"} {i.overdue ? <Badge tone="critical">Overdue</Badge> : null}
                      </Td>
                      <Td>{ACTION_ITEM_STATUS_LABELS[i.status]}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
