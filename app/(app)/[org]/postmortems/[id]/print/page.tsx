import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostmortemDocumentView } from "@/components/postmortems/PostmortemDocumentView";
import { isDomainError } from "@/lib/errors";
import { getPostmortemDocument } from "@/lib/postmortems/queries";
import { pageContext } from "@/lib/server/page-context";
import { PrintButton } from "./PrintButton";

export const metadata: Metadata = { title: "Post-mortem (print)" };

export default async function PrintablePostmortemPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await pageContext(org, `/${org}/postmortems/${id}/print`);
  const doc = await getPostmortemDocument(ctx, id).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  return (
    <>
      <div className="row" data-print="hide">
        <Link href={`/${org}/postmortems/${id}`}>Back to the post-mortem</Link>
        <PrintButton />
      </div>
      <PostmortemDocumentView doc={doc} orgName={ctx.org.name} />
    </>
  );
}
