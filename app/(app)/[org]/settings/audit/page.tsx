import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Button, EmptyState, Field, Input, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/access/context";
import { auditFilterSchema, listAuditLog } from "@/lib/audit/service";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { formatDateTime } from "@/lib/time/format";
import { pageContext } from "@/lib/server/page-context";
import { AuditChange } from "./AuditChange";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const ctx = await pageContext(org, `/${org}/settings/audit`);
  if (!can(ctx, "audit:read")) {
    return (
      <>
        <PageHeader title="Audit log" />
        <Alert tone="warn">{permissionDeniedMessage("audit:read")}</Alert>
      </>
    );
  }
  const cleaned = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ""));
  const parsed = auditFilterSchema.safeParse(cleaned);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const { entries, nextBefore } = await listAuditLog(ctx, filter);
  const nextQuery = new URLSearchParams({ ...cleaned, before: String(nextBefore ?? "") });
  return (
    <>
      <PageHeader title="Audit log" description="Every change in the organization, newest first." />
      {!parsed.success ? (
        <Alert tone="warn">Some filters were not understood and were ignored (dates look like 2026-11-23).</Alert>
      ) : null}
      <form method="get" className="row" aria-label="Filter the audit log">
        <Field label="Action contains">
          <Input name="action" defaultValue={query.action ?? ""} placeholder="e.g. api_token" />
        </Field>
        <Field label="Who">
          <Input name="actor" defaultValue={query.actor ?? ""} placeholder="email or token name" />
        </Field>
        <Field label="From">
          <Input name="from" type="date" defaultValue={query.from ?? ""} />
        </Field>
        <Field label="To">
          <Input name="to" type="date" defaultValue={query.to ?? ""} />
        </Field>
        <Button type="submit">Filter</Button>
      </form>
      {entries.length === 0 ? (
        <EmptyState title="Nothing matches" description="No changes match these filters." />
      ) : (
        <Table caption="Audit entries">
          <THead>
            <Tr>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>Action</Th>
              <Th>What</Th>
              <Th>Change</Th>
            </Tr>
          </THead>
          <TBody>
            {entries.map((e) => (
              <Tr key={String(e.id)}>
                <Td mono>{formatDateTime(e.createdAt)}</Td>
                <Td>{e.actorLabel}</Td>
                <Td mono>{e.action}</Td>
                <Td>
                  {e.entityType}
                  {e.entityId ? <span className="muted mono"> {e.entityId.slice(0, 10)}</span> : null}
                </Td>
                <Td>
                  <AuditChange before={e.before} after={e.after} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {nextBefore ? <Link href={`/${org}/settings/audit?${nextQuery}`}>Older entries</Link> : null}
    </>
  );
}
