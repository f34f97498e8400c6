import Link from "next/link";
import { Badge, IncidentStatusBadge, SeverityBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatDateTime, formatDuration } from "@/lib/time/format";
import type { IncidentStatus, Severity } from "@/lib/incidents/core/lifecycle";

export type IncidentRow = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  private: boolean;
  startedAt: Date;
  resolvedAt: Date | null;
  services: { service: { name: string } }[];
};

/** Incidents newest first: severity, status, services, start and duration at a glance. */
export function IncidentTable({
  org,
  incidents,
  caption = "Incidents",
  showServices = true,
}: {
  org: string;
  incidents: IncidentRow[];
  caption?: string;
  showServices?: boolean;
}) {
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>Incident</Th>
          <Th>Severity</Th>
          <Th>Status</Th>
          {showServices ? <Th>Services</Th> : null}
          <Th>Started</Th>
          <Th>Duration</Th>
        </Tr>
      </THead>
      <TBody>
        {incidents.map((i) => (
          <Tr key={i.id}>
            <Td>
              <Link href={`/${org}/incidents/${i.number}`}>
                INC-{i.number} {i.title}
              </Link>{" "}
              {i.private ? <Badge tone="critical">Private</Badge> : null}
            </Td>
            <Td>
              <SeverityBadge severity={i.severity} />
            </Td>
            <Td>
              <IncidentStatusBadge status={i.status} />
            </Td>
            {showServices ? <Td>{i.services.map((s) => s.service.name).join(", ")}</Td> : null}
            <Td mono>{formatDateTime(i.startedAt)}</Td>
            <Td>{formatDuration(i.startedAt, i.resolvedAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
