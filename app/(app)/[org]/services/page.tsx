import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState, LinkButton, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { listServices } from "@/lib/services/catalog";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/services`);
  const services = await listServices(ctx);
  return (
    <>
      <PageHeader
        title="Services"
        description="The catalog of what your teams run."
        actions={
          can(ctx, "config:write") ? (
            <LinkButton href={`/${org}/services/new`} variant="primary">
              New service
            </LinkButton>
          ) : null
        }
      />
      {services.length === 0 ? (
        <EmptyState
          title="No services yet"
          description="Add the services your teams run; SLOs and incidents attach to them."
        />
      ) : (
        <Table caption="Services">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Team</Th>
              <Th>Tier</Th>
              <Th>Description</Th>
            </Tr>
          </THead>
          <TBody>
            {services.map((s) => (
              <Tr key={s.id}>
                <Td>
                  <Link href={`/${org}/services/${s.slug}`}>{s.name}</Link>
                </Td>
                <Td>{s.team || "—"}</Td>
                <Td>
                  <Badge tone={s.tier === 1 ? "critical" : s.tier === 2 ? "warn" : "neutral"}>Tier {s.tier}</Badge>
                </Td>
                <Td truncate>{s.description}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
