import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "SLOs" };

export default async function SLOsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await pageContext(org, `/${org}/slos`);
  return (
    <>
      <PageHeader title="SLOs" />
      <EmptyState title="Not available yet" description="Service level objectives and their error budgets will live here." />
    </>
  );
}
