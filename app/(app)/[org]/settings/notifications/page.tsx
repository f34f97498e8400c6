import type { Metadata } from "next";
import { Alert, Badge, Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { formatDateTime } from "@/lib/time/format";
import { listTargets, recentDeliveries } from "@/lib/notifications/targets";
import { pageContext } from "@/lib/server/page-context";
import { CreateTargetForm, TargetActions } from "./TargetForms";
import { emailEnabled } from "@/lib/email/mailer";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ target?: string }>;
}) {
  const { org } = await params;
  const { target: selected } = await searchParams;
  const ctx = await pageContext(org, `/${org}/settings/notifications`);
  if (!can(ctx, "config:write")) {
    return (
      <>
        <PageHeader title="Notifications" />
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      </>
    );
  }
  const targets = await listTargets(ctx);
  const shown = targets.find((t) => t.id === selected) ?? targets[0];
  const deliveries = shown ? await recentDeliveries(ctx, shown.id) : [];
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Webhooks and Slack channels told about incidents and SLO alerts. Every delivery is signed (Standard Webhooks) and retried with backoff."
      />
      <Card title="New target">
        <CreateTargetForm org={org} emailEnabled={emailEnabled()} />
      </Card>
      {targets.length === 0 ? (
        <EmptyState
          title="No notification targets"
          description="Add a webhook or a Slack incoming-webhook URL above."
        />
      ) : (
        <Table caption="Targets">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Kind</Th>
              <Th>Destination</Th>
              <Th>Events</Th>
              <Th>State</Th>
              <Th>Actions</Th>
            </Tr>
          </THead>
          <TBody>
            {targets.map((t) => (
              <Tr key={t.id}>
                <Td>
                  <a href={`?target=${t.id}`}>{t.name}</a>
                </Td>
                <Td>{t.kind}</Td>
                <Td mono truncate>
                  {t.kind === "email" ? t.email : t.url}
                </Td>
                <Td>{t.events.length ? t.events.join(", ") : "all"}</Td>
                <Td>{t.enabled ? <Badge tone="ok">enabled</Badge> : <Badge>disabled</Badge>}</Td>
                <Td>
                  <TargetActions org={org} targetId={t.id} name={t.name} enabled={t.enabled} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {shown ? (
        <Table caption={`Delivery log: ${shown.name} (latest 50 attempts)`}>
          <THead>
            <Tr>
              <Th>When</Th>
              <Th>Event</Th>
              <Th numeric>Attempt</Th>
              <Th>Result</Th>
              <Th numeric>Time</Th>
            </Tr>
          </THead>
          <TBody>
            {deliveries.length === 0 ? (
              <Tr>
                <Td colSpan={5}>No deliveries yet.</Td>
              </Tr>
            ) : (
              deliveries.map((d) => (
                <Tr key={String(d.id)}>
                  <Td mono>{formatDateTime(d.createdAt)}</Td>
                  <Td mono>{d.event}</Td>
                  <Td numeric>{d.attempt}</Td>
                  <Td>
                    {d.status === "delivered" ? (
                      <Badge tone="ok">{d.responseCode}</Badge>
                    ) : (
                      <Badge tone="critical">{d.error ?? "failed"}</Badge>
                    )}
                  </Td>
                  <Td numeric>{d.durationMs ?? "—"} ms</Td>
                </Tr>
              ))
            )}
          </TBody>
        </Table>
      ) : null}
    </>
  );
}
