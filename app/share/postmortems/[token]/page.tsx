import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostmortemDocumentView } from "@/components/postmortems/PostmortemDocumentView";
import { isDomainError } from "@/lib/errors";
import { sharedDocument } from "@/lib/postmortems/share";

export const dynamic = "force-dynamic";
// A share link is a secret: keep it out of search engines and other sites' referrers.
export const metadata: Metadata = {
  title: "Shared post-mortem",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** Read-only, without signing in: exactly the one post-mortem the link was made for. */
export default async function SharedPostmortemPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { doc, orgName } = await sharedDocument(token).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  return (
    <main style={{ padding: "var(--space-6)" }}>
      <PostmortemDocumentView doc={doc} orgName={orgName} />
    </main>
  );
}
