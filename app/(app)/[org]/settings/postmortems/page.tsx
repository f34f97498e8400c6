import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/access/context";
import { getPostmortemSettings } from "@/lib/postmortems/settings";
import { templateToText } from "@/lib/postmortems/core/template";
import { pageContext } from "@/lib/server/page-context";
import { PostmortemSettingsForm } from "./SettingsForm";

export const metadata: Metadata = { title: "Post-mortem settings" };

export default async function PostmortemSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/settings/postmortems`);
  const settings = await getPostmortemSettings(ctx);
  return (
    <>
      <PageHeader
        title="Post-mortems"
        description="Which incidents need a post-mortem and by when, what the template asks, and whether publishing posts a public summary."
      />
      <Card>
        <PostmortemSettingsForm
          org={org}
          template={templateToText(settings.template)}
          postPublicSummary={settings.postPublicSummary}
          policies={settings.policies}
          canEdit={can(ctx, "config:write")}
        />
      </Card>
    </>
  );
}
