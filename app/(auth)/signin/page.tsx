import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { externalProviderList } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  NoEmail: "Your identity provider did not share an email address; Vigil needs one.",
  Disabled: "This account is disabled. Ask an owner of your organization.",
  OAuthSignin: "Could not start sign-in with that provider. Try again.",
  OAuthCallback: "The provider's answer could not be verified. Try again.",
  SessionRequired: "Sign in to continue.",
};

function safeCallback(raw: string | undefined): string {
  // Only same-site paths: an open redirect after sign-in is a phishing tool.
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const next = safeCallback(callbackUrl);
  if (await currentUser()) redirect(next);
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm
        callbackUrl={next}
        providers={externalProviderList()}
        initialError={error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined}
      />
    </>
  );
}
