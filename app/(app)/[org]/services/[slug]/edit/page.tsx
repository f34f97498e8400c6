import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { isDomainError } from "@/lib/errors";
import { getServiceBySlug, listServices } from "@/lib/services/catalog";
import { pageContext } from "@/lib/server/page-context";
import { deleteServiceAction, updateServiceAction } from "../../actions";
import { ServiceForm } from "../../ServiceForm";
import { DeleteServiceButton } from "./DeleteServiceButton";

export const metadata: Metadata = { title: "Edit service" };

export default async function EditServicePage({ params }: { params: Promise<{ org: string; slug: string }> }) {
  const { org, slug } = await params;
  const ctx = await pageContext(org, `/${org}/services/${slug}/edit`);
  if (!can(ctx, "config:write")) {
    return (
      <>
        <PageHeader title="Edit service" />
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      </>
    );
  }
  const [service, all] = await Promise.all([
    getServiceBySlug(ctx, slug).catch((e: unknown) => {
      if (isDomainError(e) && e.status === 404) notFound();
      throw e;
    }),
    listServices(ctx),
  ]);
  return (
    <>
      <PageHeader
        title={`Edit ${service.name}`}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/services/${slug}`}>{service.name}</Link>
          </nav>
        }
      />
      <ServiceForm
        action={updateServiceAction.bind(null, org, slug)}
        values={{ ...service, links: service.links as Record<string, string> }}
        others={all.filter((s) => s.id !== service.id).map((s) => ({ slug: s.slug, name: s.name }))}
        submitLabel="Save changes"
      />
      <Card
        title="Delete this service"
        description="Incidents keep their history; the service is removed from them. Services with SLIs cannot be deleted."
      >
        <DeleteServiceButton action={deleteServiceAction.bind(null, org, slug)} name={service.name} />
      </Card>
    </>
  );
}
