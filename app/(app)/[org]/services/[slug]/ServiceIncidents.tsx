import { IncidentTable } from "@/components/incidents/IncidentTable";
import { Card, EmptyState, LinkButton } from "@/components/ui";
import type { OrgContext } from "@/lib/access/context";
import { listIncidents } from "@/lib/incidents/queries";

const RECENT = 5;

/** Open incidents on the service, then the most recent resolved ones. */
export async function ServiceIncidents({ ctx, org, slug }: { ctx: OrgContext; org: string; slug: string }) {
  const [open, resolved] = await Promise.all([
    listIncidents(ctx, { service: slug, open: true }),
    listIncidents(ctx, { service: slug, open: false, limit: RECENT }),
  ]);
  return (
    <Card
      title="Incidents"
      actions={
        <LinkButton size="sm" variant="ghost" href={`/${org}/incidents?service=${slug}`}>
          All incidents
        </LinkButton>
      }
      flush={open.length + resolved.length > 0}
    >
      {open.length + resolved.length === 0 ? (
        <EmptyState title="No incidents" description="Nothing has been declared on this service." />
      ) : (
        <IncidentTable
          org={org}
          incidents={[...open, ...resolved]}
          caption={`Open incidents and the last ${RECENT} resolved`}
          showServices={false}
        />
      )}
    </Card>
  );
}
