import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartLineBudgetBurndown } from "@/components/charts/chart-line-budget-burndown";
import { ChartLineSliRatio } from "@/components/charts/chart-line-sli-ratio";
import {
  Alert,
  Badge,
  Card,
  EmptyState,
  LinkButton,
  PageHeader,
  SeverityBadge,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { can } from "@/lib/access/context";
import { isDomainError } from "@/lib/errors";
import { pageContext } from "@/lib/server/page-context";
import { burnState, percent } from "@/lib/slo/core/display";
import { sloPageData } from "@/lib/slo/page-data";
import { LOOKBACK_KEYS } from "@/lib/slo/core/time";
import { AlertFigures, Explain } from "./Explain";

export const metadata: Metadata = { title: "SLO" };

const num = (x: number | null, digits = 2) => (x === null ? "—" : x.toFixed(digits));

export default async function SloPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await pageContext(org, `/${org}/slos/${id}`);
  const { slo, status, burndown, burndownExplain, sliSeries, alerts, incidents } = await sloPageData(ctx, id).catch(
    (e: unknown) => {
      if (isDomainError(e) && e.status === 404) notFound();
      throw e;
    },
  );
  const burn = burnState(status.alerts);
  const spans = incidents.map((i) => ({
    label: `INC-${i.number}`,
    start: Math.max(i.startedAt.getTime(), status.window.start),
    end: Math.min(i.resolvedAt?.getTime() ?? status.window.end, status.window.end),
  }));
  const budget = status.errorBudget;
  return (
    <>
      <PageHeader
        title={slo.name}
        badges={
          <Badge tone={burn.tone} dot>
            {burn.label}
          </Badge>
        }
        description={`${slo.target} % of ${slo.sliName} over ${slo.windowKind === "rolling" ? `${slo.windowDays} rolling days` : `the calendar ${slo.calendarUnit}`} (${slo.budgetingMethod}).`}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/slos`}>SLOs</Link>
          </nav>
        }
        actions={
          can(ctx, "config:write") ? (
            <div className="row">
              <LinkButton href={`/${org}/slos/slis/${slo.sliId}/edit?sloId=${slo.id}`}>Edit SLI</LinkButton>
              <LinkButton href={`/${org}/slos/${slo.id}/edit`} variant="primary">
                Edit SLO
              </LinkButton>
            </div>
          ) : null
        }
      />
      {slo.managedBy ? (
        <Alert tone="warn">
          This SLO is managed by OpenSLO (source &ldquo;{slo.managedSource ?? "default"}&rdquo;): changes made here are
          overwritten by the next apply from git.
        </Alert>
      ) : null}
      <div className="grid">
        <Card title="Attainment">
          <p data-testid="attainment">{percent(status.attainment)}</p>
          <Explain figure={status.explain.attainment} />
        </Card>
        <Card title="Error budget remaining">
          <p data-testid="budget-remaining">{percent(budget.remainingRatio, 1)}</p>
          <p>
            {num(budget.consumed)} of {num(budget.total)}{" "}
            {slo.budgetingMethod === "occurrences" ? "bad events" : "bad minutes"} consumed
          </p>
          <Explain figure={status.explain.errorBudget} />
        </Card>
        <Card title="Data coverage">
          <p>{percent(status.dataCoverage.ratio, 1)}</p>
          <p>{status.dataCoverage.missingMinutes} minutes without data</p>
          <Explain figure={status.explain.dataCoverage} />
        </Card>
        <Card title="Budget exhausted in">
          <p>
            {status.timeToExhaustionMinutes === null
              ? "—"
              : `${Math.round(status.timeToExhaustionMinutes / 60)} h at the 1h burn rate`}
          </p>
          <Explain figure={status.explain.timeToExhaustion} />
        </Card>
      </div>
      <Card title="Budget burn-down">
        <ChartLineBudgetBurndown points={burndown} incidents={spans} freezeBelow={Number(slo.freezeBelowRatio)} />
        <Explain figure={burndownExplain} />
      </Card>
      <Card title="SLI over time">
        <ChartLineSliRatio points={sliSeries} target={status.target.ratio} incidents={spans} />
      </Card>
      <Card title="Burn rates">
        <Table caption="Burn rate per lookback">
          <THead>
            <Tr>
              <Th>Lookback</Th>
              <Th>Burn rate</Th>
              <Th>{slo.budgetingMethod === "occurrences" ? "Bad / total events" : "Bad / data minutes"}</Th>
              <Th>Data coverage</Th>
              <Th>How</Th>
            </Tr>
          </THead>
          <TBody>
            {LOOKBACK_KEYS.map((k) => {
              const e = status.explain.burnRates[k];
              return (
                <Tr key={k}>
                  <Td>{k}</Td>
                  <Td>{num(status.burnRates[k])}</Td>
                  <Td>
                    {slo.budgetingMethod === "occurrences"
                      ? `${String(e.inputs.bad)} / ${String(e.inputs.total)}`
                      : `${String(e.inputs.badMinutes)} / ${String(e.inputs.dataMinutes)}`}
                  </Td>
                  <Td>{percent(typeof e.inputs.dataCoverage === "number" ? e.inputs.dataCoverage : null, 1)}</Td>
                  <Td>
                    <Explain figure={e} />
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
        <Table caption="Alert conditions">
          <THead>
            <Tr>
              <Th>Condition</Th>
              <Th>Severity</Th>
              <Th>Threshold</Th>
              <Th>Long window</Th>
              <Th>Short window</Th>
              <Th>State</Th>
              <Th>How</Th>
            </Tr>
          </THead>
          <TBody>
            {status.alerts.map((a) => (
              <Tr key={a.id}>
                <Td>{a.id}</Td>
                <Td>{a.severity}</Td>
                <Td>&gt; {a.factor}</Td>
                <Td>
                  {num(a.longBurnRate)} over {a.longWindowMinutes} min
                </Td>
                <Td>
                  {num(a.shortBurnRate)} over {a.shortWindowMinutes} min
                </Td>
                <Td>
                  <Badge tone={a.firing ? "critical" : a.status === "suppressed" ? "info" : "neutral"}>
                    {a.status}
                  </Badge>{" "}
                  {a.reason ?? ""}
                </Td>
                <Td>{status.explain.alerts[a.id] ? <Explain figure={status.explain.alerts[a.id]!} /> : null}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card title="Alert history">
        {alerts.length === 0 ? (
          <EmptyState title="No alerts yet" description="Burn-rate alerts that fire and resolve show here." />
        ) : (
          <Table caption="Alert episodes">
            <THead>
              <Tr>
                <Th>Condition</Th>
                <Th>Severity</Th>
                <Th>Status</Th>
                <Th>Fired</Th>
                <Th>Resolved</Th>
                <Th>Figures</Th>
              </Tr>
            </THead>
            <TBody>
              {alerts.map((a) => (
                <Tr key={a.id}>
                  <Td>{a.conditionId}</Td>
                  <Td>{a.severity}</Td>
                  <Td>
                    <Badge tone={a.status === "firing" ? "critical" : "ok"}>{a.status}</Badge>
                  </Td>
                  <Td>{a.firedAt.toISOString()}</Td>
                  <Td>{a.resolvedAt?.toISOString() ?? "—"}</Td>
                  <Td>
                    <AlertFigures figures={a.figures} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title="Incidents in the window, by budget consumed">
        {incidents.length === 0 ? (
          <EmptyState
            title="No incidents overlapped this window"
            description="Incidents on this SLO's service appear here with their share of the budget."
          />
        ) : (
          <Table caption="Overlapping incidents">
            <THead>
              <Tr>
                <Th>Incident</Th>
                <Th>Severity</Th>
                <Th>Budget consumed</Th>
              </Tr>
            </THead>
            <TBody>
              {incidents.map((i) => (
                <Tr key={i.id}>
                  <Td>
                    <Link href={`/${org}/incidents/${i.number}`}>INC-{i.number}</Link> {i.title}
                  </Td>
                  <Td>
                    <SeverityBadge severity={i.severity} />
                  </Td>
                  <Td>
                    {percent(i.consumed.share, 1)}
                    <Explain figure={i.consumed.explain} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
