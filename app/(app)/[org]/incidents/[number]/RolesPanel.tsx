"use client";

import { useActionState } from "react";
import { Alert, Button, Card, Select } from "@/components/ui";
import type { ActionState } from "@/lib/server/action";
import { roleAction } from "./actions";
import type { IncidentView, Member } from "./types";
import styles from "./IncidentRoom.module.css";

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "";

/** The banner the offered commander sees: the hand-off completes only when they accept. */
export function HandoffBanner({ org, incident, me }: { org: string; incident: IncidentView; me: string }) {
  const [state, action, pending] = useActionState(roleAction.bind(null, org, incident.id), {} as ActionState);
  const offer = incident.roles.find((r) => r.state === "pending" && r.userId === me);
  if (!offer) return null;
  const holder = incident.roles.find((r) => r.roleKey === offer.roleKey && r.state === "active");
  const role = incident.roleDefinitions.find((d) => d.key === offer.roleKey)?.name ?? offer.roleKey;
  return (
    <Alert
      tone="warn"
      role="alert"
      title={`You are offered ${role}`}
      actions={
        <form action={action} className="row">
          <input type="hidden" name="assignmentId" value={offer.id} />
          <Button type="submit" name="action" value="accept" variant="primary" pending={pending}>
            Accept {role}
          </Button>
          <Button type="submit" name="action" value="decline">
            Decline
          </Button>
        </form>
      }
    >
      {holder ? `${holder.user.name} holds it until you accept.` : "Nobody holds it yet."}
      {state.message && !state.ok ? ` ${state.message}` : ""}
    </Alert>
  );
}

export function RolesPanel({
  org,
  incident,
  members,
  me,
  canWrite,
}: {
  org: string;
  incident: IncidentView;
  members: Member[];
  me: string;
  canWrite: boolean;
}) {
  const [state, action, pending] = useActionState(roleAction.bind(null, org, incident.id), {} as ActionState);
  const assignable = members.filter((m) => m.role !== "viewer");
  const defs = [...incident.roleDefinitions, { key: "responder", name: "Responders", checklist: [], builtIn: true }];
  return (
    <Card title="Roles">
      {state.message && !state.ok ? <Alert tone="critical">{state.message}</Alert> : null}
      <ul className={styles.roles}>
        {defs.map((def) => {
          const holders = incident.roles.filter((r) => r.roleKey === def.key && r.state === "active");
          const offers = incident.roles.filter((r) => r.roleKey === def.key && r.state === "pending");
          const mine = holders.some((h) => h.userId === me);
          return (
            <li key={def.key} className={styles.role} data-testid={`role-${def.key}`}>
              <div className={styles.roleName}>{def.name}</div>
              <div>
                {holders.length === 0 ? (
                  <span className={styles.unfilled}>Unfilled</span>
                ) : (
                  holders.map((h) => (
                    <span key={h.id} className={styles.holder}>
                      {h.user.name} <span className={styles.muted}>since {time(h.startedAt)}</span>
                    </span>
                  ))
                )}
                {offers.map((o) => (
                  <span key={o.id} className={styles.muted}>
                    {" "}
                    · offered to {o.user.name} at {time(o.offeredAt)}, waiting for acceptance
                  </span>
                ))}
              </div>
              {canWrite ? (
                <form action={action} className={styles.assign}>
                  <input type="hidden" name="action" value="assign" />
                  <input type="hidden" name="roleKey" value={def.key} />
                  <Select name="userId" size="sm" aria-label={`Person for ${def.name}`} defaultValue="" required>
                    <option value="" disabled>
                      Choose a person…
                    </option>
                    {assignable.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </Select>
                  <Button type="submit" size="sm" pending={pending}>
                    {def.key === "commander" && holders.length
                      ? "Hand over"
                      : def.key === "responder"
                        ? "Add"
                        : "Assign"}
                  </Button>
                </form>
              ) : null}
              {mine && def.checklist.length ? (
                <details className={styles.checklist} open>
                  <summary>Your duties as {def.name}</summary>
                  <ul>
                    {def.checklist.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
