"use client";

import { useActionState, useState } from "react";
import { Alert, Badge, Button, Card, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  CONTRIBUTING_FACTOR_CATEGORIES,
  FACTOR_CATEGORY_LABELS,
} from "@/lib/postmortems/core/constants";
import type { PostmortemDocument } from "@/lib/postmortems/core/document";
import type { ActionState } from "@/lib/server/action";
import { actionItemAction, factorAction, metaAction, shareAction, workflowAction } from "./actions";
import type { MemberOption } from "./types";
import { useRefreshAfter } from "./use-refresh-after";

function Result({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <Alert tone={state.ok ? "ok" : "critical"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </Alert>
  );
}

const DECISION_LABEL = { pending: "Waiting", approved: "Approved", changes_requested: "Changes requested" } as const;

/** Review and publication: who reviews, their decisions, what still blocks publishing. */
export function WorkflowPanel({
  org,
  doc,
  members,
  me,
  blockers,
  canWrite,
  publicSummaryEnabled,
}: {
  org: string;
  doc: PostmortemDocument;
  members: MemberOption[];
  me: string;
  blockers: string[];
  canWrite: boolean;
  publicSummaryEnabled: boolean;
}) {
  const [state, action, pending] = useActionState(workflowAction.bind(null, org, doc.id), {} as ActionState);
  useRefreshAfter(state);
  const reviews = doc.reviews.filter((r) => r.revision === doc.revision);
  const mine = reviews.find((r) => r.reviewer.id === me);
  const reviewers = members.filter((m) => m.role !== "viewer");
  const chosen = new Set(reviews.map((r) => r.reviewer.id));
  return (
    <Card title="Review and publication" description={`Revision ${doc.revision}`}>
      <div className="stack">
        <Result state={state} />
        {reviews.length ? (
          <ul data-testid="reviewers">
            {reviews.map((r) => (
              <li key={r.reviewer.id}>
                {r.reviewer.name}:{" "}
                <Badge
                  tone={
                    r.decision === "approved" && r.contentVersion === doc.contentVersion
                      ? "ok"
                      : r.decision === "changes_requested"
                        ? "critical"
                        : "neutral"
                  }
                >
                  {r.decision === "approved" && r.contentVersion !== doc.contentVersion
                    ? "Approved an earlier version"
                    : DECISION_LABEL[r.decision]}
                </Badge>
                {r.note ? <div className="muted">“{r.note}”</div> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {canWrite && (doc.status === "draft" || doc.status === "in_review") ? (
          <form action={action} className="stack" data-gap="2">
            <input type="hidden" name="op" value="submit" />
            <fieldset>
              <legend>Reviewers</legend>
              {reviewers.map((m) => (
                <Checkbox key={m.id} name="reviewerIds" value={m.id} label={m.name} defaultChecked={chosen.has(m.id)} />
              ))}
            </fieldset>
            <div>
              <Button type="submit" variant={doc.status === "draft" ? "primary" : "secondary"} pending={pending}>
                {doc.status === "draft" ? "Send for review" : "Change reviewers"}
              </Button>
            </div>
          </form>
        ) : null}
        {doc.status === "in_review" && mine && canWrite ? (
          <form action={action} className="stack" data-gap="2">
            <input type="hidden" name="op" value="decide" />
            <Field label="Review note" hint="Required when requesting changes." error={state.fieldErrors?.note}>
              <Textarea name="note" rows={2} />
            </Field>
            <div className="row">
              <Button type="submit" name="decision" value="approved" variant="primary">
                Approve
              </Button>
              <Button type="submit" name="decision" value="changes_requested">
                Request changes
              </Button>
            </div>
          </form>
        ) : null}
        {doc.status === "in_review" && canWrite ? (
          <div className="stack" data-gap="2">
            {blockers.length ? (
              <Alert tone="warn" title="Before it can be published">
                <ul data-testid="publish-blockers">
                  {blockers.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <p className="muted">
                {publicSummaryEnabled && doc.publicSummary.trim()
                  ? "Publishing also posts the public summary on the incident."
                  : "Ready to publish."}
              </p>
            )}
            <form action={action} className="row">
              <Button type="submit" name="op" value="publish" variant="primary" disabled={blockers.length > 0}>
                Publish
              </Button>
              <Button type="submit" name="op" value="withdraw" variant="ghost">
                Back to draft
              </Button>
            </form>
          </div>
        ) : null}
        {(doc.status === "published" || doc.status === "closed") && canWrite ? (
          <form action={action} className="row">
            <Button type="submit" name="op" value="revise">
              Start a new revision
            </Button>
            {doc.status === "published" ? (
              <Button type="submit" name="op" value="close" variant="ghost">
                Close
              </Button>
            ) : null}
          </form>
        ) : null}
      </div>
    </Card>
  );
}

/** Title, tags and the public summary. */
export function MetaPanel({
  org,
  doc,
  editable,
  canWrite,
  publicSummaryEnabled,
}: {
  org: string;
  doc: PostmortemDocument;
  editable: boolean;
  canWrite: boolean;
  publicSummaryEnabled: boolean;
}) {
  const [state, action, pending] = useActionState(metaAction.bind(null, org, doc.id), {} as ActionState);
  useRefreshAfter(state);
  if (!canWrite) return null;
  return (
    <Card title="Details">
      <form action={action} className="stack">
        <Result state={state} />
        {editable ? (
          <Field label="Title" error={state.fieldErrors?.title}>
            <Input name="title" defaultValue={doc.title} required />
          </Field>
        ) : null}
        <Field
          label="Tags"
          hint="Comma-separated; used to filter the library."
          error={state.fieldErrors?.tags ?? state.fieldErrors?.["tags.0"]}
        >
          <Input name="tags" defaultValue={doc.tags.join(", ")} />
        </Field>
        {editable ? (
          <Field
            label="Public summary"
            hint={
              publicSummaryEnabled
                ? "Posted as a public update on the incident when this is published (what status pages show)."
                : "Your organization has not enabled posting it on publish (Settings → Post-mortems)."
            }
            error={state.fieldErrors?.publicSummary}
          >
            <Textarea name="publicSummary" rows={3} defaultValue={doc.publicSummary} />
          </Field>
        ) : null}
        <div>
          <Button type="submit" pending={pending}>
            Save details
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function FactorsPanel({ org, doc, editable }: { org: string; doc: PostmortemDocument; editable: boolean }) {
  const [state, action, pending] = useActionState(factorAction.bind(null, org, doc.id), {} as ActionState);
  useRefreshAfter(state);
  return (
    <div className="stack" data-gap="2">
      <h3>Contributing factors</h3>
      <Result state={state.ok ? {} : state} />
      {doc.factors.length ? (
        <ul data-testid="factors">
          {doc.factors.map((f) => (
            <li key={f.id}>
              <Badge>{FACTOR_CATEGORY_LABELS[f.category]}</Badge> {f.description}
              {editable ? (
                <form action={action} style={{ display: "inline" }}>
                  <input type="hidden" name="op" value="remove" />
                  <input type="hidden" name="factorId" value={f.id} />
                  <Button size="sm" variant="ghost" type="submit">
                    Remove
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None listed yet.</p>
      )}
      {editable ? (
        <form action={action} className="row">
          <Select name="category" aria-label="Factor category" defaultValue="change">
            {CONTRIBUTING_FACTOR_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {FACTOR_CATEGORY_LABELS[c]}
              </option>
            ))}
          </Select>
          <Input name="description" aria-label="Factor" placeholder="e.g. Config changes skip the canary" required />
          <Button type="submit" size="sm" pending={pending}>
            Add factor
          </Button>
        </form>
      ) : null}
    </div>
  );
}

export function ActionItemsPanel({
  org,
  doc,
  members,
  services,
  canWrite,
}: {
  org: string;
  doc: PostmortemDocument;
  members: MemberOption[];
  services: { id: string; name: string }[];
  canWrite: boolean;
}) {
  const [state, action, pending] = useActionState(actionItemAction.bind(null, org, doc.id), {} as ActionState);
  useRefreshAfter(state);
  return (
    <div className="stack" data-gap="2">
      <Result state={state.ok ? {} : state} />
      {doc.actionItems.length ? (
        <ul className="stack" data-gap="2" data-testid="action-items">
          {doc.actionItems.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>{" "}
              <Badge tone={a.priority === "high" ? "critical" : a.priority === "medium" ? "warn" : "neutral"}>
                {a.priority}
              </Badge>{" "}
              <Badge>{a.type}</Badge>
              {a.overdue ? <Badge tone="critical">Overdue</Badge> : null}
              <div className="muted">
                {a.owner?.name ?? "No owner"} · due {a.dueDate ?? "—"}
                {a.team ? ` · ${a.team}` : ""}
                {a.service ? ` · ${a.service.name}` : ""}
                {a.trackerUrl ? (
                  <>
                    {" "}
                    ·{" "}
                    <a href={a.trackerUrl} rel="noopener noreferrer nofollow" target="_blank">
                      tracker
                    </a>
                  </>
                ) : null}
              </div>
              {canWrite ? (
                <form action={action} className="row">
                  <input type="hidden" name="itemId" value={a.id} />
                  <input type="hidden" name="version" value={a.version} />
                  <Select name="status" aria-label={`Status of ${a.title}`} defaultValue={a.status} size="sm">
                    {ACTION_ITEM_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {ACTION_ITEM_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </Select>
                  <Button size="sm" type="submit">
                    Update
                  </Button>
                </form>
              ) : (
                <div>{ACTION_ITEM_STATUS_LABELS[a.status]}</div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No action items yet.</p>
      )}
      {canWrite ? (
        <details>
          <summary>Add an action item</summary>
          <form action={action} className="stack" data-gap="2">
            <Field label="Action" error={state.fieldErrors?.title}>
              <Input name="title" required />
            </Field>
            <div className="row">
              <Field label="Type">
                <Select name="type" defaultValue="prevent">
                  {ACTION_ITEM_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Priority">
                <Select name="priority" defaultValue="medium">
                  {ACTION_ITEM_PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field label="Owner">
              <Select name="ownerId" defaultValue="">
                <option value="">No owner yet</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Service" hint="The item's team defaults to the service's team.">
              <Select name="serviceId" defaultValue="">
                <option value="">No service</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Due date" error={state.fieldErrors?.dueDate}>
              <Input name="dueDate" type="date" />
            </Field>
            <Field
              label="Tracker link"
              hint="Optional: the ticket in Jira, Linear, GitHub…"
              error={state.fieldErrors?.trackerUrl}
            >
              <Input name="trackerUrl" type="url" placeholder="https://" />
            </Field>
            <div>
              <Button type="submit" variant="primary" pending={pending}>
                Add action item
              </Button>
            </div>
          </form>
        </details>
      ) : null}
    </div>
  );
}

export function SharePanel({
  org,
  id,
  links,
  canWrite,
  isPrivate,
}: {
  org: string;
  id: string;
  links: { id: string; prefix: string; createdAt: string; revokedAt: string | null }[];
  canWrite: boolean;
  isPrivate: boolean;
}) {
  const [state, action, pending] = useActionState(shareAction.bind(null, org, id), {} as ActionState);
  useRefreshAfter(state);
  const [origin] = useState(() => (typeof window === "undefined" ? "" : window.location.origin));
  if (!canWrite) return null;
  return (
    <Card title="Share read-only">
      <div className="stack" data-gap="2">
        {state.secret ? (
          <Alert tone="ok" title={state.message}>
            <Input
              readOnly
              value={`${origin}/share/postmortems/${state.secret}`}
              aria-label="Share link"
              data-testid="share-url"
              onFocus={(e) => e.currentTarget.select()}
            />
          </Alert>
        ) : (
          <Result state={state} />
        )}
        {isPrivate ? (
          <p className="muted">Private incidents’ post-mortems cannot be shared by link.</p>
        ) : (
          <form action={action}>
            <Button type="submit" pending={pending}>
              Create share link
            </Button>
          </form>
        )}
        {links.length ? (
          <ul>
            {links.map((l) => (
              <li key={l.id}>
                <span className="mono">{l.prefix}…</span>{" "}
                {l.revokedAt ? (
                  <Badge>Revoked</Badge>
                ) : (
                  <form action={action} style={{ display: "inline" }}>
                    <input type="hidden" name="op" value="revoke" />
                    <input type="hidden" name="linkId" value={l.id} />
                    <Button size="sm" variant="ghost" type="submit">
                      Revoke
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
