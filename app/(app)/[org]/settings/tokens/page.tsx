import type { Metadata } from "next";
import { Alert, Badge, Card, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { formatDateTime } from "@/lib/time/format";
import { pageContext } from "@/lib/server/page-context";
import { listApiTokens } from "@/lib/tokens/service";
import { CreateTokenForm, RevokeTokenButton } from "./TokenForms";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/tokens`);
  if (!can(ctx, "tokens:manage")) {
    return (
      <>
        <PageHeader title="API tokens" />
        <Alert tone="warn">{permissionDeniedMessage("tokens:manage")}</Alert>
      </>
    );
  }
  const tokens = await listApiTokens(ctx);
  return (
    <>
      <PageHeader
        title="API tokens"
        description="For scripts, CI/CD pipelines and telemetry. Send as `Authorization: Bearer <token>`."
      />
      <Card title="New token">
        <CreateTokenForm org={org} />
      </Card>
      <Table caption="Tokens">
        <THead>
          <Tr>
            <Th>Name</Th>
            <Th>Token</Th>
            <Th>Scopes</Th>
            <Th>Created</Th>
            <Th>Last used</Th>
            <Th>Expires</Th>
            <Th>Status</Th>
          </Tr>
        </THead>
        <TBody>
          {tokens.map((t) => (
            <Tr key={t.id}>
              <Td>{t.name}</Td>
              <Td mono>{t.prefix}…</Td>
              <Td>{t.scopes.join(", ")}</Td>
              <Td mono>{formatDateTime(t.createdAt)}</Td>
              <Td mono>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</Td>
              <Td mono>{t.expiresAt ? formatDateTime(t.expiresAt) : "never"}</Td>
              <Td>
                {t.revokedAt ? <Badge>Revoked</Badge> : <RevokeTokenButton org={org} tokenId={t.id} name={t.name} />}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
