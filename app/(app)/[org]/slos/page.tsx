import type { Metadata } from "next";
import Link from "next/link";
import {
  Badge,
  Button,
  EmptyState,
  Input,
  LinkButton,
  PageHeader,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { can } from "@/lib/access/context";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";
import { burnState, percent } from "@/lib/slo/core/display";
import { SLO_STATE_LABELS, SLO_STATES, sloListPageQuerySchema, sloState, type SloState } from "@/lib/slo/core/list";
import { listSloStatuses } from "@/lib/slo/status";

export const metadata: Metadata = { title: "SLOs" };

const SORTS = {
  name: "Name A–Z",
  "-name": "Name Z–A",
  budget: "Budget remaining (least first)",
  attainment: "Attainment (lowest first)",
  burn: "Burn (worst first)",
  "-updatedAt": "Recently changed",
  createdAt: "Oldest first",
} as const;
const STATE_TONES: Record<SloState, "ok" | "warn" | "critical" | "neutral"> = {
  ok: "ok",
  burning: "warn",
  exhausted: "critical",
  "no-data": "neutral",
};

export default async function SLOsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/slos`);
  const sp = await searchParams;
  const given = {
    q: sp.q || undefined,
    serviceId: sp.serviceId || undefined,
    state: sp.state || undefined,
    sort: sp.sort || undefined,
    offset: sp.offset || undefined,
  };
  const parsed = sloListPageQuerySchema.safeParse(given);
  const query = parsed.success ? parsed.data : sloListPageQuerySchema.parse({});
  const [{ data, total, offset, limit }, services] = await Promise.all([
    listSloStatuses(ctx, query),
    listServices(ctx),
  ]);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const filters = Object.fromEntries(
    Object.entries({ q: query.q, serviceId: query.serviceId, state: query.state, sort: query.sort }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  );
  const pageHref = (o: number) => `/${org}/slos?${new URLSearchParams({ ...filters, offset: String(o) })}`;
  const filtered = Boolean(query.q || query.serviceId || query.state);
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
              <LinkButton href={`/${org}/slos/new`} variant="primary">
                New SLO
              </LinkButton>
            </div>
          ) : null
        }
      />
      <form className="row" method="get" role="search" aria-label="Filter SLOs">
        <Input name="q" defaultValue={query.q ?? ""} placeholder="Filter by name" aria-label="Filter by name" />
        <Select name="serviceId" defaultValue={query.serviceId ?? ""} aria-label="Service">
          <option value="">All services</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
        <Select name="state" defaultValue={query.state ?? ""} aria-label="State">
          <option value="">Any state</option>
          {SLO_STATES.map((s) => (
            <option key={s} value={s}>
              {SLO_STATE_LABELS[s]}
            </option>
          ))}
        </Select>
        <Select name="sort" defaultValue={query.sort} aria-label="Sort">
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Button type="submit">Apply</Button>
      </form>
      {data.length === 0 ? (
        <EmptyState
          title={filtered ? "No SLO matches" : "No SLOs yet"}
          description={
            filtered
              ? "Change the filters to see more SLOs."
              : "Create an SLI for a service, then an SLO with a target and a window."
          }
        />
      ) : (
        <Table caption={`SLOs ${offset + 1}–${offset + data.length} of ${total}`}>
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Service</Th>
              <Th>Target</Th>
              <Th>Window</Th>
              <Th>Attainment</Th>
              <Th>Budget remaining</Th>
              <Th>Burn</Th>
              <Th>State</Th>
            </Tr>
          </THead>
          <TBody>
            {data.map(({ slo, status }) => {
              const burn = status ? burnState(status.alerts) : { label: "—", tone: "neutral" as const };
              const state = sloState(status);
              return (
                <Tr key={slo.id}>
                  <Td>
                    <Link href={`/${org}/slos/${slo.id}`}>{slo.name}</Link>{" "}
                    {slo.managedBy ? <Badge tone="info">OpenSLO</Badge> : null}
                  </Td>
                  <Td>{serviceName.get(slo.serviceId) ?? "—"}</Td>
                  <Td>{slo.target} %</Td>
                  <Td>{slo.windowKind === "rolling" ? `${slo.windowDays} days` : `calendar ${slo.calendarUnit}`}</Td>
                  <Td>{percent(status?.attainment)}</Td>
                  <Td>{percent(status?.errorBudget.remainingRatio, 1)}</Td>
                  <Td>
                    <Badge tone={burn.tone} dot>
                      {burn.label}
                    </Badge>
                  </Td>
                  <Td>
                    <Badge tone={STATE_TONES[state]}>{SLO_STATE_LABELS[state]}</Badge>
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
