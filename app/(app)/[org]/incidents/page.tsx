import type { Metadata } from "next";
import { LiveIncidentsRefresh } from "@/components/live/LiveRefresh";
import { IncidentTable } from "@/components/incidents/IncidentTable";
import { Button, EmptyState, Input, LinkButton, PageHeader, Select } from "@/components/ui";
import { can } from "@/lib/access/context";
import { incidentFilterSchema, listIncidents } from "@/lib/incidents/queries";
import { pageContext } from "@/lib/server/page-context";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const ctx = await pageContext(org, `/${org}/incidents`);
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""),
  );
  // An unusable filter in a hand-edited URL falls back to no filter rather than an error page.
  const parsed = incidentFilterSchema.safeParse(raw);
  const { open, ...filter } = parsed.success ? parsed.data : {};
  const incidents = await listIncidents(ctx, { ...filter, ...(open ? { open: open === "true" } : {}) });
  return (
    <>
      <LiveIncidentsRefresh org={org} />
      <PageHeader
        title="Incidents"
        description="Every incident you can see, newest first."
        actions={
          can(ctx, "incidents:write") ? (
            <LinkButton href={`/${org}/incidents/new`} variant="danger">
              Declare incident
            </LinkButton>
          ) : null
        }
      />
      <form className="row" method="get" aria-label="Filter incidents">
        <Input
          name="q"
          placeholder="Search titles"
          defaultValue={typeof raw.q === "string" ? raw.q : ""}
          aria-label="Search titles"
        />
        <Select name="open" aria-label="Open or all" defaultValue={open ?? ""}>
          <option value="">Open and resolved</option>
          <option value="true">Open only</option>
          <option value="false">Resolved only</option>
        </Select>
        <Select name="status" aria-label="Status" defaultValue={filter.status ?? ""}>
          <option value="">Any status</option>
          {["investigating", "identified", "monitoring", "resolved"].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <Select name="severity" aria-label="Severity" defaultValue={filter.severity ?? ""}>
          <option value="">Any severity</option>
          {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <Button type="submit">Filter</Button>
      </form>
      {incidents.length === 0 ? (
        <EmptyState
          title="No incidents"
          description={Object.keys(raw).length ? "None match these filters." : "Nothing has been declared yet."}
        />
      ) : (
        <IncidentTable org={org} incidents={incidents} />
      )}
    </>
  );
}
