import "server-only";
import type { OrgContext } from "@/lib/access/context";
import { badRequest } from "@/lib/errors";
import { exportFileName, toMarkdown, type PostmortemDocument } from "./core/document";
import { renderPostmortemPdf } from "./core/pdf";
import { getPostmortemDocument } from "./queries";

export function documentDownload(
  doc: PostmortemDocument,
  orgName: string,
  format: string | null,
): Promise<Response> | Response {
  if (format === null || format === "" || format === "markdown" || format === "md") {
    return new Response(toMarkdown(doc), {
      headers: {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName(doc, "md")}"`,
        "cache-control": "private, no-store",
      },
    });
  }
  if (format === "pdf") {
    return renderPostmortemPdf(doc, orgName).then(
      (pdf) =>
        new Response(new Uint8Array(pdf), {
          headers: {
            "content-type": "application/pdf",
            "content-disposition": `attachment; filename="${exportFileName(doc, "pdf")}"`,
            "cache-control": "private, no-store",
          },
        }),
    );
  }
  throw badRequest(`format is markdown or pdf, not "${format}".`);
}

/** The post-mortem as a Markdown or PDF download, for anyone who may read it. */
export async function exportPostmortem(ctx: OrgContext, id: string, format: string | null): Promise<Response> {
  if (format !== null && !["", "markdown", "md", "pdf"].includes(format))
    throw badRequest(`format is markdown or pdf, not "${format}".`);
  return documentDownload(await getPostmortemDocument(ctx, id), ctx.org.name, format);
}
