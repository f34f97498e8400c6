import type { Metadata } from "next";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { pageContext } from "@/lib/server/page-context";
import { RenameOrgForm } from "./RenameOrgForm";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/organization`);
  return (
    <>
      <PageHeader title="Organization" description={`Address: /${ctx.org.slug}`} />
      {can(ctx, "org:manage") ? (
        <Card title="Name">
          <RenameOrgForm org={org} name={ctx.org.name} />
        </Card>
      ) : (
        <Alert tone="warn">{permissionDeniedMessage("org:manage")}</Alert>
      )}
    </>
  );
}
