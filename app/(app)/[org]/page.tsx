import type { Metadata } from "next";
import { LiveIncidentsRefresh } from "@/components/live/LiveRefresh";
import Link from "next/link";
import { Card, EmptyState, IncidentStatusBadge, PageHeader, SeverityBadge } from "@/components/ui";
import { listIncidents } from "@/lib/incidents/queries";
import { listServices } from "@/lib/services/catalog";
import { pageContext } from "@/lib/server/page-context";
import { formatRelative } from "@/lib/time/format";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org);
  const [open, services] = await Promise.all([listIncidents(ctx, { open: true }), listServices(ctx)]);
  return (
    <>
      <LiveIncidentsRefresh org={org} />
      <PageHeader title={ctx.org.name} description={`${services.length} services · ${open.length} open incidents`} />
      <section aria-labelledby="open-incidents" className="stack">
        <h2 id="open-incidents">Open incidents</h2>
        {open.length === 0 ? (
          <EmptyState
            title="No open incidents"
            description="All quiet. Declare one from the command palette (Ctrl+K) when something breaks."
          />
        ) : (
          <div className="stack">
            {open.map((i) => (
              <Card key={i.id}>
                <div className="row">
                  <SeverityBadge severity={i.severity} />
                  <IncidentStatusBadge status={i.status} />
                  <strong>
                    INC-{i.number} {i.title}
                  </strong>
                </div>
                <p className="muted">
                  Started {formatRelative(i.startedAt)} ·{" "}
                  {i.services.map((s) => s.service.name).join(", ") || "no services"}
                </p>
              </Card>
            ))}
          </div>
        )}
      </section>
      <p>
        <Link href={`/${org}/incidents`}>All incidents</Link> · <Link href={`/${org}/services`}>Service catalog</Link>
      </p>
    </>
  );
}
