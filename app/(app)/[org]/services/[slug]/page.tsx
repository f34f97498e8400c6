import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui";
import { isDomainError } from "@/lib/errors";
import { getServiceBySlug } from "@/lib/services/catalog";
import { pageContext } from "@/lib/server/page-context";
import { ServiceSlos } from "./ServiceSlos";

export const metadata: Metadata = { title: "Service" };

const LINK_LABELS: Record<string, string> = { runbook: "Runbook", repository: "Repository", dashboard: "Dashboard", onCall: "On-call" };

export default async function ServicePage({ params }: { params: Promise<{ org: string; slug: string }> }) {
  const { org, slug } = await params;
  const ctx = await pageContext(org, `/${org}/services/${slug}`);
  const service = await getServiceBySlug(ctx, slug).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  const links = Object.entries((service.links ?? {}) as Record<string, string>);
  return (
    <>
      <PageHeader
        title={service.name}
        badges={<Badge tone={service.tier === 1 ? "critical" : "neutral"}>Tier {service.tier}</Badge>}
        description={service.description || undefined}
        breadcrumbs={<nav aria-label="Breadcrumb"><Link href={`/${org}/services`}>Services</Link></nav>}
      />
      <Card title="About">
        <dl>
          <dt>Team</dt>
          <dd>{service.team || "—"}</dd>
          {links.map(([kind, href]) => (
            <div key={kind}>
              <dt>{LINK_LABELS[kind] ?? kind}</dt>
              <dd>
                <a href={href} rel="noreferrer noopener" target="_blank">{href}</a>
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <ServiceSlos ctx={ctx} org={org} service={service} />
    </>
  );
}
