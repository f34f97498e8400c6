import type { Metadata } from "next";
import { Alert, Badge, Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { formatDateTime } from "@/lib/time/format";
import { listInboundIntegrations } from "@/lib/incidents/alerts/integrations";
import { pageContext } from "@/lib/server/page-context";
import { CreateIntegrationForm, RevokeIntegrationButton } from "./IntegrationForms";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/integrations`);
  if (!can(ctx, "config:write")) {
    return (
      <>
        <PageHeader title="Integrations" />
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      </>
    );
  }
  const integrations = await listInboundIntegrations(ctx);
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Alerts in: Prometheus Alertmanager and signed webhooks declare incidents or add to open ones."
      />
      <Card title="Prometheus Alertmanager">
        <p>
          Add a webhook receiver pointing at <code>/api/v1/integrations/alertmanager</code> with an API token of scope{" "}
          <code>write</code> in <code>http_config.authorization.credentials</code>. The <code>severity</code> label maps
          critical → SEV1, error/high → SEV2, warning → SEV3, info → SEV4 (anything else SEV3). Alerts of one group join
          the group&apos;s open incident; resolved alerts are noted on its timeline and never resolve it.
        </p>
      </Card>
      <Card title="New signed webhook">
        <p className="muted">
          Senders POST JSON{" "}
          <code>{'{ title, status: "firing" | "resolved", severity?, summary?, dedupKey?, service? }'}</code> to{" "}
          <code>/api/v1/integrations/webhook/&lt;id&gt;</code>, signed the Standard Webhooks way: headers{" "}
          <code>webhook-id</code>, <code>webhook-timestamp</code> (Unix seconds, within 5 minutes) and{" "}
          <code>webhook-signature: v1,&lt;base64 HMAC-SHA256 of id.timestamp.body&gt;</code>. Each webhook-id is
          accepted once.
        </p>
        <CreateIntegrationForm org={org} />
      </Card>
      {integrations.length === 0 ? (
        <EmptyState title="No signed webhooks yet" description="Create one above to get its endpoint and secret." />
      ) : (
        <Table caption="Signed webhooks">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Endpoint</Th>
              <Th>Created</Th>
              <Th>Status</Th>
            </Tr>
          </THead>
          <TBody>
            {integrations.map((i) => (
              <Tr key={i.id}>
                <Td>{i.name}</Td>
                <Td mono>/api/v1/integrations/webhook/{i.id}</Td>
                <Td mono>{formatDateTime(i.createdAt)}</Td>
                <Td>
                  {i.revokedAt ? (
                    <Badge>Revoked</Badge>
                  ) : (
                    <RevokeIntegrationButton org={org} integrationId={i.id} name={i.name} />
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
