import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { pageContext } from "@/lib/server/page-context";
import { listSlis } from "@/lib/slo/slis";
import { NewSloForm } from "./NewSloForm";

export const metadata: Metadata = { title: "New SLO" };

export default async function NewSloPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ sliId?: string }>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/slos/new`);
  const { sliId } = await searchParams;
  const { data: slis } = await listSlis(ctx, { sort: "name", limit: 200, offset: 0 });
  return (
    <>
      <PageHeader
        title="New SLO"
        description="A target over a window for one SLI, with its error budget and burn-rate alerts."
      />
      {!can(ctx, "config:write") ? (
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      ) : slis.length === 0 ? (
        <Alert tone="info">
          <Link href={`/${org}/slos/slis/new`}>Create an SLI</Link> first: an SLO is measured on one.
        </Alert>
      ) : (
        <Card>
          <NewSloForm org={org} slis={slis.map((s) => ({ id: s.id, name: s.name }))} {...(sliId ? { sliId } : {})} />
        </Card>
      )}
    </>
  );
}
