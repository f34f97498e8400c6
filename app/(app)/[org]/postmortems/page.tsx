import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "Post-mortems" };

export default async function PostmortemsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await pageContext(org, `/${org}/postmortems`);
  return (
    <>
      <PageHeader title="Post-mortems" />
      <EmptyState title="Not available yet" description="Blameless post-mortems drafted from incidents will live here." />
    </>
  );
}
