import type { Metadata } from "next";
import { EmptyState, IncidentStatusBadge, PageHeader, SeverityBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatDateTime, formatDuration } from "@/lib/format";
import { listIncidents } from "@/lib/incidents/queries";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/incidents`);
  const incidents = await listIncidents(ctx);
  return (
    <>
      <PageHeader title="Incidents" description="Every incident, newest first." />
      {incidents.length === 0 ? (
        <EmptyState title="No incidents" description="Nothing has been declared yet." />
      ) : (
        <Table caption="Incidents">
          <THead>
            <Tr>
              <Th>Incident</Th>
              <Th>Severity</Th>
              <Th>Status</Th>
              <Th>Services</Th>
              <Th>Started</Th>
              <Th>Duration</Th>
            </Tr>
          </THead>
          <TBody>
            {incidents.map((i) => (
              <Tr key={i.id}>
                <Td>
                  INC-{i.number} {i.title}
                </Td>
                <Td>
                  <SeverityBadge severity={i.severity} />
                </Td>
                <Td>
                  <IncidentStatusBadge status={i.status} />
                </Td>
                <Td>{i.services.map((s) => s.service.name).join(", ")}</Td>
                <Td mono>{formatDateTime(i.startedAt)}</Td>
                <Td>{formatDuration(i.startedAt, i.resolvedAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
