import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr, type BadgeTone } from "@/components/ui";
import { can } from "@/lib/access/context";
import { isDomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/time/format";
import { listServices } from "@/lib/services/catalog";
import { listComponentGroups, listComponents } from "@/lib/statuspage/components";
import { maintenanceStatus } from "@/lib/statuspage/core/maintenance";
import { listMaintenances } from "@/lib/statuspage/maintenance";
import { getStatusPage } from "@/lib/statuspage/pages";
import { COMPONENT_STATUS_LABEL, UPDATE_STATUS_LABEL } from "@/lib/statuspage/core/render/labels";
import { loadStatusSnapshot, statusPageUrl } from "@/lib/statuspage/snapshot";
import { listSubscribers } from "@/lib/statuspage/subscriptions";
import type { ComponentStatus } from "@/lib/statuspage/core/types";
import { pageContext } from "@/lib/server/page-context";
import { PageSettingsForm } from "../StatusPageForms";
import {
  ComponentStatusForm,
  DeleteGroupButton,
  EditComponentForm,
  GroupForm,
  NewComponentForm,
} from "./ComponentForms";
import { MaintenanceUpdateForm, ScheduleMaintenanceForm } from "./MaintenanceForms";
import { RemoveSubscriberButton } from "./SubscriberForms";

export const metadata: Metadata = { title: "Status page" };

const STATUS_TONE: Record<ComponentStatus, BadgeTone> = {
  operational: "ok",
  under_maintenance: "info",
  degraded_performance: "warn",
  partial_outage: "warn",
  major_outage: "critical",
};
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function StatusPageAdmin({ params }: { params: Promise<{ org: string; pageId: string }> }) {
  const { org, pageId } = await params;
  const ctx = await pageContext(org, `/${org}/status-pages/${pageId}`);
  const page = await getStatusPage(ctx, pageId).catch((e: unknown) => {
    if (isDomainError(e) && e.status === 404) notFound();
    throw e;
  });
  const configure = can(ctx, "config:write");
  const respond = can(ctx, "incidents:write");
  const now = new Date();
  const [groups, components, maintenances, services, snapshot, subscribers] = await Promise.all([
    listComponentGroups(ctx, page.id),
    listComponents(ctx, page.id),
    listMaintenances(ctx, page.id),
    listServices(ctx),
    loadStatusSnapshot(ctx, page.id, now),
    configure ? listSubscribers(ctx, page.id) : Promise.resolve(null),
  ]);
  const publicUrl = statusPageUrl(page);
  const statusOf = new Map(snapshot.components.map((c) => [c.id, c.status]));
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const serviceOptions = services.map((s) => ({ id: s.id, name: s.name }));
  const groupOptions = groups.map((g) => ({ id: g.id, name: g.name }));

  return (
    <div className="stack" data-gap="6">
      <PageHeader
        title={page.name}
        badges={page.published ? <Badge tone="ok">published</Badge> : <Badge>draft</Badge>}
        description={<a href={publicUrl}>{publicUrl}</a>}
        breadcrumbs={
          <nav aria-label="Breadcrumb">
            <Link href={`/${org}/status-pages`}>Status pages</Link>
          </nav>
        }
      />

      <Card
        title="Components"
        description="Each follows the open public incidents of its service; a responder can override it."
      >
        <div className="stack" data-gap="6">
          {components.length === 0 ? (
            <EmptyState
              title="No components"
              description={configure ? "Add the services your customers use below." : "An admin adds them."}
            />
          ) : (
            <Table caption="Components and their current public status">
              <THead>
                <Tr>
                  <Th>Component</Th>
                  <Th>Service</Th>
                  <Th>Group</Th>
                  <Th>Status now</Th>
                  {respond ? <Th>Override</Th> : null}
                </Tr>
              </THead>
              <TBody>
                {components.map((c) => {
                  const status = statusOf.get(c.id) ?? "operational";
                  return (
                    <Tr key={c.id} data-component={c.id}>
                      <Td>
                        {c.name}
                        {configure ? (
                          <EditComponentForm
                            org={org}
                            pageId={page.id}
                            groups={groupOptions}
                            services={serviceOptions}
                            values={{
                              id: c.id,
                              name: c.name,
                              description: c.description,
                              groupId: c.groupId,
                              serviceId: c.serviceId,
                              position: c.position,
                              showcase: c.showcase,
                              onlyShowIfDegraded: c.onlyShowIfDegraded,
                              startDate: day(c.startDate),
                            }}
                          />
                        ) : null}
                      </Td>
                      <Td>{c.serviceId ? serviceName.get(c.serviceId) : "—"}</Td>
                      <Td>{c.groupId ? groupName.get(c.groupId) : "—"}</Td>
                      <Td>
                        <Badge tone={STATUS_TONE[status]} data-testid={`status-${c.id}`}>
                          {COMPONENT_STATUS_LABEL[status]}
                        </Badge>
                        {c.overrideStatus ? <span className="muted"> (overridden)</span> : null}
                      </Td>
                      {respond ? (
                        <Td>
                          <ComponentStatusForm
                            org={org}
                            pageId={page.id}
                            componentId={c.id}
                            name={c.name}
                            override={c.overrideStatus}
                            canDelete={configure}
                          />
                        </Td>
                      ) : null}
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          )}
          {configure ? (
            <div className="stack">
              <h3>Add a component</h3>
              <NewComponentForm org={org} pageId={page.id} groups={groupOptions} services={serviceOptions} />
              <h3>Groups</h3>
              {groups.map((g) => (
                <div key={g.id} className="row">
                  <span>{g.name}</span>
                  <DeleteGroupButton org={org} pageId={page.id} groupId={g.id} name={g.name} />
                </div>
              ))}
              <GroupForm org={org} pageId={page.id} />
            </div>
          ) : null}
        </div>
      </Card>

      <Card
        title="Scheduled maintenance"
        description="Windows start and end by themselves; post updates as the work goes."
      >
        <div className="stack" data-gap="6">
          {maintenances.length === 0 ? <p className="muted">No maintenance scheduled.</p> : null}
          {maintenances.map((m) => {
            const status = maintenanceStatus(m, now);
            return (
              <article key={m.id} className="stack" data-maintenance={m.id}>
                <h3>
                  {m.name}{" "}
                  <Badge tone={status === "completed" ? "neutral" : "info"}>{UPDATE_STATUS_LABEL[status]}</Badge>
                </h3>
                <p className="muted">
                  {formatDateTime(m.scheduledFor)} – {formatDateTime(m.scheduledUntil)} UTC ·{" "}
                  {m.components.map((c) => c.component.name).join(", ") || "no component"}
                </p>
                <ul>
                  {m.updates.map((u) => (
                    <li key={u.id}>
                      <strong>{UPDATE_STATUS_LABEL[u.status]}</strong> – {u.body}{" "}
                      <span className="muted">({formatDateTime(u.displayAt)})</span>
                    </li>
                  ))}
                </ul>
                {respond && status !== "completed" ? (
                  <MaintenanceUpdateForm
                    org={org}
                    pageId={page.id}
                    maintenanceId={m.id}
                    name={m.name}
                    started={status !== "scheduled"}
                  />
                ) : null}
              </article>
            );
          })}
          {respond ? (
            <>
              <h3>Schedule maintenance</h3>
              <ScheduleMaintenanceForm
                org={org}
                pageId={page.id}
                components={components.map((c) => ({ id: c.id, name: c.name }))}
              />
            </>
          ) : null}
        </div>
      </Card>

      {subscribers ? (
        <Card
          title="Subscribers"
          description="People and systems told of incidents, updates and maintenance. Emails start once confirmed."
        >
          {subscribers.length === 0 ? (
            <p className="muted">No subscribers yet.</p>
          ) : (
            <Table caption="Subscribers">
              <THead>
                <Tr>
                  <Th>Address</Th>
                  <Th>Components</Th>
                  <Th>State</Th>
                  <Th>Last delivery</Th>
                  <Th>Actions</Th>
                </Tr>
              </THead>
              <TBody>
                {subscribers.map((s) => {
                  const address = s.email ?? s.webhookUrl ?? "";
                  return (
                    <Tr key={s.id}>
                      <Td mono truncate>
                        {s.kind === "webhook" ? "webhook " : ""}
                        {address}
                      </Td>
                      <Td>
                        {s.components.length ? s.components.map((c) => c.component.name).join(", ") : "whole page"}
                      </Td>
                      <Td>{s.confirmedAt ? <Badge tone="ok">active</Badge> : <Badge>awaiting confirmation</Badge>}</Td>
                      <Td>
                        {s.lastDeliveryError ? (
                          <Badge tone="critical">{s.lastDeliveryError}</Badge>
                        ) : s.lastDeliveredAt ? (
                          formatDateTime(s.lastDeliveredAt)
                        ) : (
                          "—"
                        )}
                      </Td>
                      <Td>
                        <RemoveSubscriberButton org={org} pageId={page.id} subscriberId={s.id} label={address} />
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          )}
        </Card>
      ) : null}

      <Card title="Embed and integrate">
        <dl className="stack">
          <dt>Badge</dt>
          <dd className="mono">{`<img src="${publicUrl}/badge.svg" alt="${page.name} status">`}</dd>
          <dt>Widget (script)</dt>
          <dd className="mono">{`<script src="${publicUrl}/widget.js" async></script>`}</dd>
          <dt>Widget (iframe)</dt>
          <dd className="mono">{`<iframe src="${publicUrl}/embed" title="${page.name} status" width="320" height="36" style="border:0"></iframe>`}</dd>
          <dt>Statuspage API v2</dt>
          <dd className="mono">{`${publicUrl}/api/v2/summary.json`}</dd>
          <dt>Feeds</dt>
          <dd className="mono">{`${publicUrl}/history.atom · ${publicUrl}/history.rss`}</dd>
        </dl>
      </Card>

      {configure ? (
        <Card title="Settings">
          <PageSettingsForm org={org} pageId={page.id} values={page} />
        </Card>
      ) : null}
    </div>
  );
}
