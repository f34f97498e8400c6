"use client";

import Link from "next/link";
import { useCallback, useRef, useState } from "react";
import { Alert, Badge, IncidentStatusBadge, PageHeader, SeverityBadge } from "@/components/ui";
import { DetailsPanel } from "./DetailsPanel";
import { StatusSeverityControls, TitleEditor } from "./HeaderControls";
import { PostmortemButton } from "./PostmortemButton";
import { HandoffBanner, RolesPanel } from "./RolesPanel";
import { TimelinePanel } from "./TimelinePanel";
import type { IncidentView, Member } from "./types";
import { useLiveEvents } from "@/components/live/use-live-events";
import { TasksPanel, UpdatesPanel } from "./WorkPanels";
import styles from "./IncidentRoom.module.css";

/** The incident page: every panel renders from one copy of the incident, refetched on each live change. */
export function IncidentRoom({
  org,
  initial,
  members,
  services,
  me,
  canWrite,
  postmortem,
}: {
  org: string;
  initial: IncidentView;
  members: Member[];
  services: { id: string; name: string }[];
  me: string;
  canWrite: boolean;
  postmortem: { id: string } | null;
}) {
  const [incident, setIncident] = useState(initial);
  const latestRequest = useRef(0);
  const refetch = useCallback(async () => {
    // Changes can arrive in bursts; only the newest response may replace what is shown.
    const request = ++latestRequest.current;
    const res = await fetch(`/api/v1/incidents/${initial.id}`, { headers: { "x-vigil-org": org }, cache: "no-store" });
    if (!res.ok) return;
    const next = (await res.json()) as IncidentView;
    if (request === latestRequest.current) setIncident(next);
  }, [org, initial.id]);
  useLiveEvents(org, `/api/v1/incidents/${initial.id}/events`, refetch);
  const commander = incident.roles.find((r) => r.roleKey === "commander" && r.state === "active");
  return (
    <>
      <PageHeader
        title={`INC-${incident.number} ${incident.title}`}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/incidents`}>Incidents</Link>
          </nav>
        }
        badges={
          <>
            <SeverityBadge severity={incident.severity} showDescription data-testid="incident-severity" />
            <IncidentStatusBadge status={incident.status} data-testid="incident-status" />
            {incident.private ? <Badge tone="critical">Private</Badge> : null}
          </>
        }
        description={
          <span data-testid="incident-commander">Commander: {commander ? commander.user.name : "Unfilled"}</span>
        }
        actions={
          <>
            <PostmortemButton
              org={org}
              incidentId={incident.id}
              resolved={incident.status === "resolved"}
              postmortem={postmortem}
              canWrite={canWrite}
            />
            <TitleEditor org={org} incident={incident} canWrite={canWrite} />
          </>
        }
      />
      <HandoffBanner org={org} incident={incident} me={me} />
      {commander?.userId === me && commander.nudgedAt && incident.status !== "resolved" ? (
        <Alert tone="warn" title="You have been commander for over three hours">
          Hand command to someone rested: choose them under Roles and they accept.
        </Alert>
      ) : null}
      <StatusSeverityControls org={org} incident={incident} canWrite={canWrite} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <TimelinePanel org={org} incident={incident} members={members} canWrite={canWrite} />
        </div>
        <aside className={styles.side}>
          <RolesPanel org={org} incident={incident} members={members} me={me} canWrite={canWrite} />
          <UpdatesPanel org={org} incident={incident} canWrite={canWrite} />
          <TasksPanel org={org} incident={incident} members={members} canWrite={canWrite} />
          <DetailsPanel org={org} incident={incident} members={members} services={services} canWrite={canWrite} />
        </aside>
      </div>
    </>
  );
}
