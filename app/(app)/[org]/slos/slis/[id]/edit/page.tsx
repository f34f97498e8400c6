import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { isDomainError } from "@/lib/errors";
import { pageContext } from "@/lib/server/page-context";
import { getSli } from "@/lib/slo/slis";
import { ManagedWarning } from "../../../ManagedWarning";
import { EditSliForm } from "./EditSliForm";

export const metadata: Metadata = { title: "Edit SLI" };

export default async function EditSliPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ sloId?: string }>;
}) {
  const { org, id } = await params;
  const { sloId } = await searchParams;
  const ctx = await pageContext(org, `/${org}/slos/slis/${id}/edit`);
  const sli = await getSli(ctx, id).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  const back = sloId && /^[\w-]+$/.test(sloId) ? `/${org}/slos/${sloId}` : `/${org}/slos`;
  return (
    <>
      <PageHeader
        title={`Edit SLI ${sli.name}`}
        description={
          sli.source === "prometheus" ? "Polled from Prometheus every minute." : "Fed by POST /api/v1/slis/{id}/points."
        }
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={back}>{sloId ? "SLO" : "SLOs"}</Link>
          </nav>
        }
      />
      <ManagedWarning kind="SLI" managedBy={sli.managedBy} managedSource={sli.managedSource} />
      {sli.lastPollError ? (
        <Alert tone="warn" title="Last poll">
          {sli.lastPollError}
        </Alert>
      ) : null}
      {can(ctx, "config:write") ? (
        <Card>
          <EditSliForm
            org={org}
            id={sli.id}
            back={back}
            values={{
              name: sli.name,
              description: sli.description,
              kind: sli.kind,
              source: sli.source,
              goodQuery: sli.goodQuery,
              totalQuery: sli.totalQuery,
              thresholdValue: sli.thresholdValue,
              thresholdUnit: sli.thresholdUnit,
            }}
          />
        </Card>
      ) : (
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      )}
    </>
  );
}
