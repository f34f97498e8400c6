import { TIMELINE_SECTION } from "./constants";
import type { TemplateSection } from "./template";
import { describeEvent } from "@/lib/incidents/core/timeline-text";

// The facts a post-mortem starts from, gathered from the incident's own record, and the
// section text pre-filled from them. Pure: no I/O; times travel as ISO strings (JSON column).

export type FactsSlo = {
  id: string;
  name: string;
  service: string;
  target: string;
  /** Share of the error budget left (1 = untouched) as of the incident's start and end. */
  remainingAtStart: number | null;
  remainingAtEnd: number | null;
  /** remainingAtStart − remainingAtEnd: the share of the budget the incident window cost. */
  lost: number | null;
};

export type Facts = {
  generatedAt: string;
  incident: { id: string; number: number; title: string; severity: string };
  moments: {
    startedAt: string;
    detectedAt: string | null;
    acknowledgedAt: string | null;
    mitigatedAt: string | null;
    resolvedAt: string | null;
  };
  durationMinutes: number | null;
  /** Minutes from the start to each response moment. */
  timeTo: { detect: number | null; acknowledge: number | null; mitigate: number | null; resolve: number | null };
  services: { id: string; slug: string; name: string; team: string }[];
  roles: {
    roleKey: string;
    roleName: string;
    userId: string;
    name: string;
    startedAt: string;
    endedAt: string | null;
  }[];
  slos: FactsSlo[];
  keyMoments: { eventId: string; at: string; kind: string; text: string; actor: string }[];
  eventCount: number;
};

export type FactsInput = {
  incident: {
    id: string;
    number: number;
    title: string;
    severity: string;
    startedAt: Date;
    detectedAt: Date | null;
    acknowledgedAt: Date | null;
    mitigatedAt: Date | null;
    resolvedAt: Date | null;
  };
  services: Facts["services"];
  roles: { roleKey: string; userId: string; startedAt: Date | null; endedAt: Date | null; state: string }[];
  roleNames: Record<string, string>;
  userNames: Record<string, string>;
  events: { id: string; kind: string; occurredAt: Date; actorLabel: string; data: unknown; keyMoment: boolean }[];
  slos: {
    id: string;
    name: string;
    service: string;
    target: string;
    remainingAtStart: number | null;
    remainingAtEnd: number | null;
  }[];
  now: Date;
};

const minutesBetween = (from: Date, to: Date | null) =>
  to ? Math.round((to.getTime() - from.getTime()) / 60_000) : null;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function buildFacts(input: FactsInput): Facts {
  const i = input.incident;
  const name = (id: unknown) => (typeof id === "string" ? (input.userNames[id] ?? "someone") : "nobody");
  return {
    generatedAt: input.now.toISOString(),
    incident: { id: i.id, number: i.number, title: i.title, severity: i.severity },
    moments: {
      startedAt: i.startedAt.toISOString(),
      detectedAt: iso(i.detectedAt),
      acknowledgedAt: iso(i.acknowledgedAt),
      mitigatedAt: iso(i.mitigatedAt),
      resolvedAt: iso(i.resolvedAt),
    },
    durationMinutes: minutesBetween(i.startedAt, i.resolvedAt),
    timeTo: {
      detect: minutesBetween(i.startedAt, i.detectedAt),
      acknowledge: minutesBetween(i.startedAt, i.acknowledgedAt),
      mitigate: minutesBetween(i.startedAt, i.mitigatedAt ?? i.resolvedAt),
      resolve: minutesBetween(i.startedAt, i.resolvedAt),
    },
    services: input.services,
    // Who held which role and when: offers never accepted held nothing.
    roles: input.roles
      .filter((r) => r.startedAt && (r.state === "active" || r.state === "ended"))
      .sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime())
      .map((r) => ({
        roleKey: r.roleKey,
        roleName: input.roleNames[r.roleKey] ?? r.roleKey,
        userId: r.userId,
        name: name(r.userId),
        startedAt: r.startedAt!.toISOString(),
        endedAt: iso(r.endedAt),
      })),
    slos: input.slos.map((s) => ({
      ...s,
      lost:
        s.remainingAtStart !== null && s.remainingAtEnd !== null
          ? Math.max(0, s.remainingAtStart - s.remainingAtEnd)
          : null,
    })),
    keyMoments: input.events
      .filter((e) => e.keyMoment)
      .map((e) => ({
        eventId: e.id,
        at: e.occurredAt.toISOString(),
        kind: e.kind,
        text: describeEvent(
          { kind: e.kind, data: (e.data ?? {}) as Record<string, unknown> },
          { person: name, role: (key) => input.roleNames[String(key)] ?? String(key) },
        ),
        actor: e.actorLabel,
      })),
    eventCount: input.events.length,
  };
}

export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "—";
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h < 48) return m ? `${h} h ${m} min` : `${h} h`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export const formatShare = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)} %`);
const utc = (at: string) => `${at.slice(0, 16).replace("T", " ")} UTC`;

/** The first text of the sections Vigil can write from the facts; the others start empty. */
export function prefilledBodies(template: readonly TemplateSection[], facts: Facts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const section of template) {
    if (section.key === "impact") out[section.key] = impactText(facts);
    else if (section.key === TIMELINE_SECTION) out[section.key] = timelineText(facts);
    else out[section.key] = "";
  }
  return out;
}

function impactText(f: Facts): string {
  const lines = [
    `- **Duration:** ${formatMinutes(f.durationMinutes)} (${utc(f.moments.startedAt)} to ${f.moments.resolvedAt ? utc(f.moments.resolvedAt) : "unresolved"})`,
  ];
  lines.push(
    `- **Services affected:** ${f.services.length ? f.services.map((s) => s.name).join(", ") : "none recorded"}`,
  );
  for (const s of f.slos)
    lines.push(
      `- **Error budget, ${s.name}** (${s.service}, target ${s.target} %): ${formatShare(s.lost)} of the budget spent during the incident (${formatShare(s.remainingAtStart)} left at the start, ${formatShare(s.remainingAtEnd)} at the end)`,
    );
  lines.push("- **Users affected:** _who and how many; what they saw_");
  return lines.join("\n");
}

function timelineText(f: Facts): string {
  if (!f.keyMoments.length) return "_No key moments were marked on the incident's timeline._";
  return f.keyMoments.map((m) => `- **${utc(m.at)}** ${m.text.replace(/\s+/gu, " ").trim()}`).join("\n");
}
