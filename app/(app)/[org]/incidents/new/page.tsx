import type { Metadata } from "next";
import { Alert, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { listSeverityDefinitions } from "@/lib/incidents/queries";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";
import { DeclareIncidentForm } from "./DeclareIncidentForm";

export const metadata: Metadata = { title: "Declare incident" };

export default async function DeclareIncidentPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/incidents/new`);
  if (!can(ctx, "incidents:write")) {
    return (
      <>
        <PageHeader title="Declare an incident" />
        <Alert tone="warn">Viewers cannot declare incidents. Ask an admin to make you a responder.</Alert>
      </>
    );
  }
  const [severities, services] = await Promise.all([listSeverityDefinitions(ctx), listServices(ctx)]);
  return (
    <>
      <PageHeader
        title="Declare an incident"
        description="A title and a severity are enough. Everything else can follow."
      />
      <DeclareIncidentForm
        org={org}
        severities={severities}
        services={services.map((s) => ({ id: s.id, name: s.name }))}
      />
    </>
  );
}
