import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { isDomainError } from "@/lib/errors";
import { isHttpUrl } from "@/lib/core/http-url";
import { listServices, getServiceBySlug } from "@/lib/services/catalog";
import { pageContext } from "@/lib/server/page-context";
import { ServiceIncidents } from "./ServiceIncidents";
import { ServiceSlos } from "./ServiceSlos";

export const metadata: Metadata = { title: "Service" };

const LINK_LABELS: Record<string, string> = {
  runbook: "Runbook",
  repository: "Repository",
  dashboard: "Dashboard",
  onCall: "On-call",
};

export default async function ServicePage({ params }: { params: Promise<{ org: string; slug: string }> }) {
  const { org, slug } = await params;
  const ctx = await pageContext(org, `/${org}/services/${slug}`);
  const [service, all] = await Promise.all([
    getServiceBySlug(ctx, slug).catch((e: unknown) => {
      if (isDomainError(e) && e.status === 404) notFound();
      throw e;
    }),
    listServices(ctx),
  ]);
  const names = new Map(all.map((s) => [s.slug, s.name]));
  const serviceLinks = (slugs: string[]) =>
    slugs.length
      ? slugs.map((s, i) => (
          <span key={s}>
            {i ? ", " : ""}
            <Link href={`/${org}/services/${s}`}>{names.get(s) ?? s}</Link>
          </span>
        ))
      : "—";
  // A link stored before only http(s) was accepted is not rendered as a link.
  const links = Object.entries((service.links ?? {}) as Record<string, unknown>).filter(
    (entry): entry is [string, string] => isHttpUrl(entry[1]),
  );
  return (
    <>
      <PageHeader
        title={service.name}
        badges={<Badge tone={service.tier === 1 ? "critical" : "neutral"}>Tier {service.tier}</Badge>}
        description={service.description || undefined}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/services`}>Services</Link>
          </nav>
        }
        actions={
          can(ctx, "config:write") ? <LinkButton href={`/${org}/services/${slug}/edit`}>Edit service</LinkButton> : null
        }
      />
      <div className="stack">
        <div className="grid" data-min="lg">
          <Card title="About">
            <dl className="facts">
              <div>
                <dt>Team</dt>
                <dd>{service.team || "—"}</dd>
              </div>
              {links.map(([kind, href]) => (
                <div key={kind}>
                  <dt>{LINK_LABELS[kind] ?? kind}</dt>
                  <dd>
                    <a href={href} rel="noreferrer noopener" target="_blank">
                      {href}
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title="Dependencies" description="A failure here can spread to the services that use this one.">
            <dl className="facts">
              <div>
                <dt>Depends on</dt>
                <dd>{serviceLinks(service.dependsOn)}</dd>
              </div>
              <div>
                <dt>Used by</dt>
                <dd>{serviceLinks(service.dependents)}</dd>
              </div>
            </dl>
          </Card>
        </div>
        <ServiceIncidents ctx={ctx} org={org} slug={service.slug} />
        <ServiceSlos ctx={ctx} org={org} service={service} />
      </div>
    </>
  );
}
