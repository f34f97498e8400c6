import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Button, EmptyState, Input, LinkButton, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { pageContext } from "@/lib/server/page-context";
import { burnState, percent } from "@/lib/slo/format";
import { listSloStatuses } from "@/lib/slo/slo-status";
import { sloListQuerySchema } from "@/lib/slo/slos";

export const metadata: Metadata = { title: "SLOs" };

const SORTS = { name: "Name A–Z", "-name": "Name Z–A", "-updatedAt": "Recently changed", createdAt: "Oldest first" } as const;

export default async function SLOsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/slos`);
  const sp = await searchParams;
  const parsed = sloListQuerySchema.safeParse({ q: sp.q || undefined, sort: sp.sort || undefined, limit: "25", offset: sp.offset || undefined });
  const query = parsed.success ? parsed.data : sloListQuerySchema.parse({ limit: "25" });
  const { data, total, offset, limit } = await listSloStatuses(ctx, query);
  const pageHref = (o: number) => `/${org}/slos?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), sort: query.sort, offset: String(o) })}`;
  return (
    <>
      <PageHeader
        title="SLOs"
        description="Objectives, their error budgets and burn at a glance."
        actions={
          can(ctx, "config:write") ? (
            <div className="row">
              <LinkButton href={`/${org}/slos/slis/new`}>New SLI</LinkButton>
              <LinkButton href={`/${org}/slos/import`}>Import OpenSLO</LinkButton>
              <LinkButton href={`/${org}/slos/new`} variant="primary">New SLO</LinkButton>
            </div>
          ) : null
        }
      />
      <form className="row" method="get" role="search" aria-label="Filter SLOs">
        <Input name="q" defaultValue={query.q ?? ""} placeholder="Filter by name" aria-label="Filter by name" />
        <Select name="sort" defaultValue={query.sort} aria-label="Sort">
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </Select>
        <Button type="submit">Apply</Button>
      </form>
      {data.length === 0 ? (
        <EmptyState title={query.q ? "No SLO matches" : "No SLOs yet"} description="Create an SLI for a service, then an SLO with a target and a window." />
      ) : (
        <Table caption={`SLOs ${offset + 1}–${offset + data.length} of ${total}`}>
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Target</Th>
              <Th>Window</Th>
              <Th>Attainment</Th>
              <Th>Budget remaining</Th>
              <Th>Burn</Th>
            </Tr>
          </THead>
          <TBody>
            {data.map(({ slo, status }) => {
              const burn = status ? burnState(status.alerts) : { label: "—", tone: "neutral" as const };
              return (
                <Tr key={slo.id}>
                  <Td>
                    <Link href={`/${org}/slos/${slo.id}`}>{slo.name}</Link> {slo.managedBy ? <Badge tone="info">OpenSLO</Badge> : null}
                  </Td>
                  <Td>{slo.target} %</Td>
                  <Td>{slo.windowKind === "rolling" ? `${slo.windowDays} days` : `calendar ${slo.calendarUnit}`}</Td>
                  <Td>{percent(status?.attainment)}</Td>
                  <Td>{percent(status?.errorBudget.remainingRatio, 1)}</Td>
                  <Td>
                    <Badge tone={burn.tone} dot>{burn.label}</Badge>
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      <nav className="row" aria-label="Pages">
        {offset > 0 ? <LinkButton href={pageHref(Math.max(0, offset - limit))}>Previous</LinkButton> : null}
        {offset + limit < total ? <LinkButton href={pageHref(offset + limit)}>Next</LinkButton> : null}
      </nav>
    </>
  );
}
