import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { listRoleDefinitions } from "@/lib/incidents/definitions";
import { listSeverityDefinitions } from "@/lib/incidents/queries";
import { getIncidentSettings } from "@/lib/incidents/settings";
import { pageContext } from "@/lib/server/page-context";
import { ResponseSettingsForm, RoleForm, SeverityForm } from "./DefinitionForms";

export const metadata: Metadata = { title: "Incident roles and severities" };

export default async function IncidentSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/incidents`);
  const [roles, severities, settings] = await Promise.all([
    listRoleDefinitions(ctx),
    listSeverityDefinitions(ctx),
    getIncidentSettings(ctx),
  ]);
  const canEdit = can(ctx, "config:write");
  return (
    <>
      <PageHeader
        title="Incident roles and severities"
        description="What each severity means and how often stakeholders hear from you; the roles of a response and their duties."
      />
      <ResponseSettingsForm org={org} settings={settings} canEdit={canEdit} />
      <Card title="Severities">
        <div className="stack">
          {severities.map((s) => (
            <SeverityForm key={s.severity} org={org} severity={s} canEdit={canEdit} />
          ))}
        </div>
      </Card>
      <div className="stack">
        {roles.map((r) => (
          <RoleForm key={r.key} org={org} role={r} canEdit={canEdit} />
        ))}
        {canEdit ? <RoleForm org={org} canEdit /> : null}
      </div>
    </>
  );
}
