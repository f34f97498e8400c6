import type { Metadata } from "next";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { pageContext } from "@/lib/server/page-context";
import { ImportForm } from "./ImportForm";

export const metadata: Metadata = { title: "Import OpenSLO" };

export default async function ImportOpenSloPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/slos/import`);
  return (
    <>
      <PageHeader
        title="Import OpenSLO"
        description="Services, SLIs and SLOs from OpenSLO v1 YAML, matched by name. SLIs and SLOs applied here are managed by the file: managed ones missing from it are deleted."
      />
      {can(ctx, "config:write") ? (
        <Card>
          <ImportForm org={org} />
        </Card>
      ) : (
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      )}
    </>
  );
}
