import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/context";
import { isDomainError } from "@/lib/errors";
import { getIncidentDetail, listResponders } from "@/lib/incidents/queries";
import { postmortemOfIncident } from "@/lib/postmortems/queries";
import { pageContext } from "@/lib/server/page-context";
import { listServices } from "@/lib/services/catalog";
import { IncidentRoom } from "./IncidentRoom";
import type { IncidentView } from "./types";

export const metadata: Metadata = { title: "Incident" };

export default async function IncidentPage({ params }: { params: Promise<{ org: string; number: string }> }) {
  const { org, number } = await params;
  const ctx = await pageContext(org, `/${org}/incidents/${number}`);
  const incident = await getIncidentDetail(ctx, number).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  const [members, services, postmortem] = await Promise.all([
    listResponders(ctx),
    listServices(ctx),
    postmortemOfIncident(ctx, incident.id),
  ]);
  // The same JSON shape the API serves, so live refetches replace it as is.
  const initial = JSON.parse(JSON.stringify(incident)) as IncidentView;
  return (
    <IncidentRoom
      org={org}
      initial={initial}
      members={members}
      services={services.map((s) => ({ id: s.id, name: s.name }))}
      me={ctx.actor.id}
      canWrite={can(ctx, "incidents:write")}
      postmortem={postmortem}
    />
  );
}
