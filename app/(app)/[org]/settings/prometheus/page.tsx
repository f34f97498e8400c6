import type { Metadata } from "next";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { permissionDeniedMessage } from "@/lib/auth/core/roles";
import { getPrometheusSettings } from "@/lib/slo/prometheus/settings";
import { pageContext } from "@/lib/server/page-context";
import { PrometheusForm } from "./PrometheusForm";

export const metadata: Metadata = { title: "Prometheus" };

export default async function PrometheusSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/prometheus`);
  if (!can(ctx, "config:write")) {
    return (
      <>
        <PageHeader title="Prometheus" />
        <Alert tone="warn">{permissionDeniedMessage("config:write")}</Alert>
      </>
    );
  }
  const settings = await getPrometheusSettings(ctx);
  return (
    <>
      <PageHeader
        title="Prometheus"
        description="SLIs with a Prometheus source are polled every minute from here (query_range, 1-minute step)."
      />
      <Card title="Connection">
        <PrometheusForm org={org} url={settings.url ?? ""} bearerTokenSet={settings.bearerTokenSet} />
      </Card>
    </>
  );
}
