import type { Metadata } from "next";
import { ChartBarIncidentsPerWeek } from "@/components/charts/chart-bar-incidents-per-week";
import { ChartBarResponseTimes, type ResponseTimeRow } from "@/components/charts/chart-bar-response-times";
import {
  Alert,
  Button,
  Card,
  EmptyState,
  Field,
  Input,
  LinkButton,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { SEVERITIES, type ResponseStats } from "@/lib/incidents/metrics/core/compute";
import { getIncidentMetrics, metricsPeriodSchema } from "@/lib/incidents/metrics/query";
import { pageContext } from "@/lib/server/page-context";
import { DAY_MS } from "@/lib/time/units";

export const metadata: Metadata = { title: "Incident metrics" };

const PRESETS = [30, 90, 180, 365];
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const toMinutes = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);
const row = (group: string, s: ResponseStats): ResponseTimeRow => ({
  group,
  mtta: toMinutes(s.mtta.medianSeconds),
  timeToMitigate: toMinutes(s.timeToMitigate.medianSeconds),
  mttr: toMinutes(s.mttr.medianSeconds),
});

function formatSeconds(seconds: number | null): string {
  if (seconds === null) return "—";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// Relative to the moment of the request; links carry only `from`, so `to` is now again.
function presetHref(org: string, days: number): string {
  return `/${org}/incidents/metrics?from=${isoDay(new Date(Date.now() - days * DAY_MS))}`;
}

type Search = { from?: string; to?: string };

export default async function IncidentMetricsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Search>;
}) {
  const { org } = await params;
  const search = await searchParams;
  const ctx = await pageContext(org, `/${org}/incidents/metrics`);
  const parsed = metricsPeriodSchema.safeParse({
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
  });
  const period = parsed.success ? parsed.data : metricsPeriodSchema.parse({});
  const metrics = await getIncidentMetrics(ctx, period);
  const lastDay = isoDay(new Date(period.to.getTime() - 1));

  return (
    <>
      <PageHeader
        title="Incident metrics"
        description="Median time to acknowledge, mitigate and resolve, for incidents that started in the period (private incidents excluded)."
      />
      <form method="get" className="row" aria-label="Period">
        <Field label="From">
          <Input type="date" name="from" defaultValue={isoDay(period.from)} />
        </Field>
        <Field label="To (exclusive)">
          <Input type="date" name="to" defaultValue={isoDay(period.to)} />
        </Field>
        <Button type="submit">Show</Button>
        {PRESETS.map((days) => (
          <LinkButton key={days} size="sm" variant="ghost" href={presetHref(org, days)}>
            Last {days} days
          </LinkButton>
        ))}
      </form>
      {parsed.success ? null : (
        <Alert tone="warn">
          {parsed.error.issues.map((i) => i.message).join(" ")} Showing the last 90 days instead.
        </Alert>
      )}
      {metrics.overall.incidents === 0 ? (
        <EmptyState
          title="No incidents in this period"
          description={`Nothing started between ${isoDay(period.from)} and ${lastDay}.`}
        />
      ) : (
        <>
          <Card title="Incidents per week">
            <ChartBarIncidentsPerWeek weeks={metrics.perWeek} />
          </Card>
          <Card title="By severity" description="Median minutes.">
            <ChartBarResponseTimes
              label="Median response times by severity"
              rows={SEVERITIES.map((s) => row(s, metrics.bySeverity[s]))}
            />
          </Card>
          <Card title="By service" description="Median minutes; an incident counts for each affected service.">
            <ChartBarResponseTimes
              label="Median response times by service"
              rows={metrics.byService.slice(0, 12).map((s) => row(s.service, s))}
            />
          </Card>
          <Table caption="Response times (median / mean)">
            <THead>
              <Tr>
                <Th>Group</Th>
                <Th>Incidents</Th>
                <Th>MTTA</Th>
                <Th>Time to mitigate</Th>
                <Th>MTTR</Th>
              </Tr>
            </THead>
            <TBody>
              {[
                { group: "All", stats: metrics.overall },
                ...SEVERITIES.map((s) => ({ group: s, stats: metrics.bySeverity[s] })),
                ...metrics.byService.map((s) => ({ group: s.service, stats: s })),
              ].map(({ group, stats }) => (
                <Tr key={group}>
                  <Td>{group}</Td>
                  <Td mono>{stats.incidents}</Td>
                  {[stats.mtta, stats.timeToMitigate, stats.mttr].map((d, i) => (
                    <Td key={i} mono>
                      {formatSeconds(d.medianSeconds)} / {formatSeconds(d.meanSeconds)}{" "}
                      <span className="muted">(n={d.count})</span>
                    </Td>
                  ))}
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </>
  );
}
