import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { CreateOrgForm } from "./CreateOrgForm";

export const metadata: Metadata = { title: "New organization" };
export const dynamic = "force-dynamic";

export default async function NewOrgPage() {
  if (!(await currentUser())) redirect("/signin?callbackUrl=/orgs/new");
  return (
    <>
      <h1>New organization</h1>
      <p className="muted">
        An organization holds your services, SLOs, incidents and status pages. You will be its owner.
      </p>
      <CreateOrgForm />
    </>
  );
}
