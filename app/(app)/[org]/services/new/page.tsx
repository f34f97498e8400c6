import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { pageContext } from "@/lib/server/page-context";
import { NewServiceForm } from "./NewServiceForm";

export const metadata: Metadata = { title: "New service" };

export default async function NewServicePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await pageContext(org, `/${org}/services/new`);
  return (
    <>
      <PageHeader title="New service" description="Name the service, who owns it and how critical it is." />
      <NewServiceForm org={org} />
    </>
  );
}
