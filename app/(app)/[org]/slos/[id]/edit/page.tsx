import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { isDomainError } from "@/lib/errors";
import { pageContext } from "@/lib/server/page-context";
import { sloEditData } from "@/lib/slo/page-data";
import type { AlertCondition } from "@/lib/slo/core/types";
import { ManagedWarning } from "../../ManagedWarning";
import { EditSloForm } from "./EditSloForm";

export const metadata: Metadata = { title: "Edit SLO" };

export default async function EditSloPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await pageContext(org, `/${org}/slos/${id}/edit`);
  const { slo, defaultConditions } = await sloEditData(ctx, id).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader
        title={`Edit ${slo.name}`}
        description={`Measured on the SLI ${slo.sliName}.`}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/slos`}>SLOs</Link> / <Link href={`/${org}/slos/${slo.id}`}>{slo.name}</Link>
          </nav>
        }
      />
      <ManagedWarning kind="SLO" managedBy={slo.managedBy} managedSource={slo.managedSource} />
      {can(ctx, "config:write") ? (
        <Card>
          <EditSloForm
            org={org}
            id={slo.id}
            values={{
              name: slo.name,
              description: slo.description,
              target: slo.target,
              windowKind: slo.windowKind,
              windowDays: slo.windowDays,
              calendarUnit: slo.calendarUnit,
              timeZone: slo.timeZone,
              budgetingMethod: slo.budgetingMethod,
              timesliceThreshold: slo.timesliceThreshold,
              minEvents: slo.minEvents,
              freezeBelowRatio: slo.freezeBelowRatio,
              incidentPolicy: slo.incidentPolicy,
              incidentSeverity: slo.incidentSeverity,
            }}
            own={Array.isArray(slo.alertConditions) ? (slo.alertConditions as unknown as AlertCondition[]) : null}
            defaults={defaultConditions}
          />
        </Card>
      ) : (
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      )}
    </>
  );
}
