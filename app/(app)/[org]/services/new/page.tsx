import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { listServices } from "@/lib/services/catalog";
import { pageContext } from "@/lib/server/page-context";
import { createServiceAction } from "../actions";
import { ServiceForm } from "../ServiceForm";

export const metadata: Metadata = { title: "New service" };

export default async function NewServicePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/services/new`);
  // Shown to everyone who finds the URL; the action itself refuses those who may not create.
  const services = await listServices(ctx);
  return (
    <>
      <PageHeader
        title="New service"
        description="Name the service, who owns it, how critical it is and what it depends on."
      />
      <ServiceForm
        action={createServiceAction.bind(null, org)}
        others={services.map((s) => ({ slug: s.slug, name: s.name }))}
        submitLabel="Create service"
      />
    </>
  );
}
