import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatMinutes, formatShare, type Facts } from "@/lib/postmortems/core/facts";
import styles from "./Postmortem.module.css";

const utc = (at: string | null) => (at ? `${at.slice(0, 16).replace("T", " ")} UTC` : "—");

/** What Vigil knew when the post-mortem was drafted, with the incident's full timeline one click away. */
export function FactsPanel({ facts, incidentHref }: { facts: Facts; incidentHref?: string }) {
  return (
    <div className="stack" data-testid="postmortem-facts">
      <dl className={styles.facts}>
        <div>
          <dt>Severity</dt>
          <dd>{facts.incident.severity}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd data-testid="fact-duration">{formatMinutes(facts.durationMinutes)}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{utc(facts.moments.startedAt)}</dd>
        </div>
        <div>
          <dt>Detected</dt>
          <dd>
            {utc(facts.moments.detectedAt)} <span className="muted">(+{formatMinutes(facts.timeTo.detect)})</span>
          </dd>
        </div>
        <div>
          <dt>Acknowledged</dt>
          <dd>
            {utc(facts.moments.acknowledgedAt)}{" "}
            <span className="muted">(+{formatMinutes(facts.timeTo.acknowledge)})</span>
          </dd>
        </div>
        <div>
          <dt>Mitigated</dt>
          <dd>
            {utc(facts.moments.mitigatedAt)} <span className="muted">(+{formatMinutes(facts.timeTo.mitigate)})</span>
          </dd>
        </div>
        <div>
          <dt>Resolved</dt>
          <dd>
            {utc(facts.moments.resolvedAt)} <span className="muted">(+{formatMinutes(facts.timeTo.resolve)})</span>
          </dd>
        </div>
        <div>
          <dt>Services</dt>
          <dd data-testid="fact-services">{facts.services.map((s) => s.name).join(", ") || "None recorded"}</dd>
        </div>
      </dl>
      {facts.roles.length ? (
        <Table caption="Who held which role">
          <THead>
            <Tr>
              <Th>Role</Th>
              <Th>Person</Th>
              <Th>From</Th>
              <Th>To</Th>
            </Tr>
          </THead>
          <TBody>
            {facts.roles.map((r, i) => (
              <Tr key={i}>
                <Td>{r.roleName}</Td>
                <Td>{r.name}</Td>
                <Td mono>{utc(r.startedAt)}</Td>
                <Td mono>{r.endedAt ? utc(r.endedAt) : "end"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      {facts.slos.length ? (
        <Table caption="Error budget lost during the incident">
          <THead>
            <Tr>
              <Th>SLO</Th>
              <Th>Service</Th>
              <Th>Target</Th>
              <Th>Left at start</Th>
              <Th>Left at end</Th>
              <Th>Spent</Th>
            </Tr>
          </THead>
          <TBody>
            {facts.slos.map((s) => (
              <Tr key={s.id}>
                <Td>{s.name}</Td>
                <Td>{s.service}</Td>
                <Td mono>{s.target} %</Td>
                <Td mono>{formatShare(s.remainingAtStart)}</Td>
                <Td mono>{formatShare(s.remainingAtEnd)}</Td>
                <Td mono>{formatShare(s.lost)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : (
        <p className="muted">No SLOs on the affected services.</p>
      )}
      <details>
        <summary>
          Key moments ({facts.keyMoments.length} of {facts.eventCount} timeline events)
        </summary>
        <ol>
          {facts.keyMoments.map((m) => (
            <li key={m.eventId}>
              <span className="mono">{utc(m.at)}</span> {m.text}
            </li>
          ))}
        </ol>
        {incidentHref ? (
          <Link href={incidentHref}>All {facts.eventCount} events on the incident’s timeline</Link>
        ) : null}
      </details>
    </div>
  );
}
