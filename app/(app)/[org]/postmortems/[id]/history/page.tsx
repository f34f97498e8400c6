import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, Card, PageHeader, Select } from "@/components/ui";
import { isDomainError } from "@/lib/errors";
import { listSectionVersions } from "@/lib/postmortems/queries";
import { compareVersions, diffStats } from "@/lib/postmortems/core/sections";
import { pageContext } from "@/lib/server/page-context";
import styles from "../Postmortem.module.css";

export const metadata: Metadata = { title: "Section history" };

/** Every saved version of one section, and the difference between any two. */
export default async function SectionHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { org, id } = await params;
  const { section: key = "summary", from, to } = await searchParams;
  const ctx = await pageContext(org, `/${org}/postmortems/${id}/history`);
  const { section, versions } = await listSectionVersions(ctx, id, key).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  const newest = versions[0]!;
  const right = versions.find((v) => String(v.version) === to) ?? newest;
  const left =
    versions.find((v) => String(v.version) === from) ?? versions.find((v) => v.version < right.version) ?? right;
  const parts = compareVersions(left.body, right.body);
  const stats = diffStats(parts);
  return (
    <>
      <PageHeader
        title={`${section.title}: history`}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/postmortems/${id}`}>Back to the post-mortem</Link>
          </nav>
        }
        description={`${versions.length} saved version${versions.length === 1 ? "" : "s"}; every save is kept.`}
      />
      <form method="get" className="row" aria-label="Compare versions">
        <input type="hidden" name="section" value={key} />
        <Select name="from" aria-label="From version" defaultValue={String(left.version)}>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version} · {v.author}
            </option>
          ))}
        </Select>
        <span>→</span>
        <Select name="to" aria-label="To version" defaultValue={String(right.version)}>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version} · {v.author}
            </option>
          ))}
        </Select>
        <Button type="submit">Compare</Button>
      </form>
      <Card
        title={`v${left.version} → v${right.version}`}
        description={`${stats.added} word${stats.added === 1 ? "" : "s"} added, ${stats.removed} removed`}
      >
        <pre className={styles.plain} data-testid="version-diff">
          {parts.map((p, i) =>
            p.kind === "same" ? p.text : p.kind === "added" ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>,
          )}
        </pre>
      </Card>
      <Card title="Versions">
        <ol reversed>
          {versions.map((v) => (
            <li key={v.version}>
              v{v.version}: {v.author}, {v.createdAt.slice(0, 16).replace("T", " ")} UTC
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
