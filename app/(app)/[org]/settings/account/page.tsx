import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui";
import { currentUser } from "@/lib/auth/session";
import { pageContext } from "@/lib/server/page-context";
import { ChangePasswordForm, SignOutEverywhereForm } from "./AccountForms";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await pageContext(org, `/${org}/settings/account`);
  const user = (await currentUser())!;
  return (
    <>
      <PageHeader title="Your account" description={`${user.name} · ${user.email}`} />
      <Card title="Password">
        <ChangePasswordForm org={org} />
      </Card>
      <Card
        title="Sessions"
        description="Signed in somewhere you should not be? End every session, including this one."
      >
        <SignOutEverywhereForm org={org} />
      </Card>
    </>
  );
}
