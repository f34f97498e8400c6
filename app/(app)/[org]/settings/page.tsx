import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings`);
  const sections = [
    { href: "account", title: "Your account", description: "Password, and signing out on every device.", show: true },
    {
      href: "members",
      title: "Members",
      description: "Who belongs to the organization and with which role; invite people.",
      show: true,
    },
    {
      href: "tokens",
      title: "API tokens",
      description: "Tokens for automation: read, write and telemetry ingestion.",
      show: can(ctx, "tokens:manage"),
    },
    {
      href: "notifications",
      title: "Notifications",
      description: "Webhooks and Slack channels for incidents and SLO alerts, with a delivery log.",
      show: can(ctx, "config:write"),
    },
    {
      href: "prometheus",
      title: "Prometheus",
      description: "Where SLIs with a Prometheus source are polled from (URL and optional bearer token).",
      show: can(ctx, "config:write"),
    },
    {
      href: "integrations",
      title: "Integrations",
      description: "Alerts in: Prometheus Alertmanager and signed webhooks that declare incidents.",
      show: can(ctx, "config:write"),
    },
    {
      href: "incidents",
      title: "Incident roles and severities",
      description: "Severity meanings, stakeholder update cadence, custom roles and their checklists.",
      show: true,
    },
    {
      href: "postmortems",
      title: "Post-mortems",
      description: "Severity policy (required, due when), the template, and posting a public summary on publish.",
      show: true,
    },
    {
      href: "audit",
      title: "Audit log",
      description: "Every change: who, what, when, before and after.",
      show: can(ctx, "audit:read"),
    },
    {
      href: "organization",
      title: "Organization",
      description: "Name and organization-wide settings (owners).",
      show: can(ctx, "org:manage"),
    },
  ];
  return (
    <>
      <PageHeader title="Settings" description={ctx.org.name} />
      <div className="grid">
        {sections
          .filter((s) => s.show)
          .map((s) => (
            <Card key={s.href} title={<Link href={`/${org}/settings/${s.href}`}>{s.title}</Link>}>
              <p className="muted">{s.description}</p>
            </Card>
          ))}
      </div>
    </>
  );
}
