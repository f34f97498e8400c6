import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/AppShell";
import { myOrganizations } from "@/lib/access/user-context";
import { currentUser } from "@/lib/auth/session";
import { pageContext } from "@/lib/server/page-context";
import { SignOutButton } from "./SignOutButton";

export const dynamic = "force-dynamic";

export default async function OrgLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org);
  const user = (await currentUser())!;
  const orgs = await myOrganizations(user.id);
  const role = ctx.actor.type === "user" ? ctx.actor.role : "viewer";
  return (
    <AppShell
      org={ctx.org}
      orgs={orgs}
      user={{ name: user.name, email: user.email }}
      role={role}
      signOutSlot={<SignOutButton />}
    >
      {children}
    </AppShell>
  );
}
