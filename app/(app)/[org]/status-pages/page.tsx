import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { listStatusPages } from "@/lib/statuspage/pages";
import { pageContext } from "@/lib/server/page-context";
import { CreateStatusPageForm } from "./StatusPageForms";

export const metadata: Metadata = { title: "Status pages" };

export default async function StatusPagesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/status-pages`);
  const pages = await listStatusPages(ctx);
  return (
    <div className="stack" data-gap="6">
      <PageHeader
        title="Status pages"
        description="Public pages for your customers: components from your services, incidents with the Communications Lead's public updates, maintenance and uptime."
      />
      {pages.length === 0 ? (
        <EmptyState
          title="No status pages yet"
          description={can(ctx, "config:write") ? "Create one below." : "An admin can create one."}
        />
      ) : (
        <Table caption="Status pages">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Public address</Th>
              <Th>State</Th>
            </Tr>
          </THead>
          <TBody>
            {pages.map((p) => (
              <Tr key={p.id}>
                <Td>
                  <Link href={`/${org}/status-pages/${p.id}`}>{p.name}</Link>
                </Td>
                <Td mono>{p.hostName ?? `/status/${p.slug}`}</Td>
                <Td>{p.published ? <Badge tone="ok">published</Badge> : <Badge>draft</Badge>}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {can(ctx, "config:write") ? (
        <Card title="New status page">
          <CreateStatusPageForm org={org} />
        </Card>
      ) : null}
    </div>
  );
}
