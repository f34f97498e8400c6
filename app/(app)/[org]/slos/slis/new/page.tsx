import type { Metadata } from "next";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";
import { NewSliForm } from "./NewSliForm";

export const metadata: Metadata = { title: "New SLI" };

export default async function NewSliPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ serviceId?: string }>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/slos/slis/new`);
  const { serviceId } = await searchParams;
  const services = await listServices(ctx);
  return (
    <>
      <PageHeader title="New SLI" description="What you measure about a service: good and total events per minute." />
      {!can(ctx, "config:write") ? (
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      ) : services.length === 0 ? (
        <Alert tone="info">Create a service first: every SLI measures one.</Alert>
      ) : (
        <Card>
          <NewSliForm
            org={org}
            services={services.map((s) => ({ id: s.id, name: s.name }))}
            {...(serviceId ? { serviceId } : {})}
          />
        </Card>
      )}
    </>
  );
}
