import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui";
import { currentUser } from "@/lib/auth/session";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/core/roles";
import { isDomainError } from "@/lib/errors";
import { describeInvite } from "@/lib/orgs/service";
import { AcceptInviteForm, RegisterForm } from "./InviteForms";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await describeInvite(token).catch((e: unknown) => {
    if (isDomainError(e)) return { problem: e.message };
    throw e;
  });
  if ("problem" in invite) {
    return (
      <>
        <h1>Invitation</h1>
        <Alert tone="warn">{invite.problem}</Alert>
      </>
    );
  }
  const user = await currentUser();
  return (
    <>
      <h1>Join {invite.org.name}</h1>
      <p>
        You are invited as <strong>{ROLE_LABELS[invite.role]}</strong>: {ROLE_DESCRIPTIONS[invite.role]}
      </p>
      {user ? (
        <AcceptInviteForm token={token} email={user.email} />
      ) : (
        <>
          <RegisterForm token={token} email={invite.email ?? ""} />
          <p className="muted">
            Have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>Sign in</Link>
            , then open this link again.
          </p>
        </>
      )}
    </>
  );
}
