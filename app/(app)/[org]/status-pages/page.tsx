import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "Status pages" };

export default async function StatusPagesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await pageContext(org, `/${org}/status-pages`);
  return (
    <>
      <PageHeader title="Status pages" />
      <EmptyState title="Not available yet" description="Public status pages for your stakeholders will live here." />
    </>
  );
}
