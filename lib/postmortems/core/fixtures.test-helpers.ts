import { DEFAULT_TEMPLATE } from "./template";
import { buildFacts, prefilledBodies, type FactsInput } from "./facts";
import type { PostmortemDocument } from "./document";

const start = new Date("2026-11-30T09:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

export const factsInput: FactsInput = {
  incident: {
    id: "inc1",
    number: 42,
    title: "Checkout returns 500s",
    severity: "SEV1",
    startedAt: start,
    detectedAt: at(4),
    acknowledgedAt: at(9),
    mitigatedAt: at(38),
    resolvedAt: at(95),
  },
  services: [{ id: "s1", slug: "checkout", name: "Checkout", team: "payments" }],
  roles: [
    { roleKey: "commander", userId: "u1", startedAt: at(5), endedAt: at(60), state: "ended" },
    { roleKey: "commander", userId: "u2", startedAt: at(60), endedAt: null, state: "active" },
    { roleKey: "communications", userId: "u3", startedAt: null, endedAt: at(20), state: "declined" },
  ],
  roleNames: { commander: "Incident Commander" },
  userNames: { u1: "Alice Smith", u2: "Bob Jones", u3: "Carol" },
  events: [
    {
      id: "1",
      kind: "declared",
      occurredAt: at(4),
      actorLabel: "alice@example.com",
      data: { severity: "SEV1", title: "Checkout returns 500s" },
      keyMoment: true,
    },
    {
      id: "2",
      kind: "note",
      occurredAt: at(20),
      actorLabel: "alice@example.com",
      data: { body: "Rolled back 1.4.2" },
      keyMoment: false,
    },
    {
      id: "3",
      kind: "role.accepted",
      occurredAt: at(60),
      actorLabel: "bob@example.com",
      data: { roleKey: "commander", fromUserId: "u1", toUserId: "u2" },
      keyMoment: true,
    },
    {
      id: "4",
      kind: "status.changed",
      occurredAt: at(95),
      actorLabel: "bob@example.com",
      data: { from: "monitoring", to: "resolved" },
      keyMoment: true,
    },
  ],
  slos: [
    {
      id: "slo1",
      name: "Checkout availability",
      service: "Checkout",
      target: "99.9",
      remainingAtStart: 0.8,
      remainingAtEnd: 0.35,
    },
  ],
  now: new Date("2026-11-30T12:00:00Z"),
};

export function sampleDocument(): PostmortemDocument {
  const facts = buildFacts(factsInput);
  const bodies = prefilledBodies(DEFAULT_TEMPLATE, facts);
  return {
    id: "pm1",
    title: "Checkout returns 500s",
    status: "published",
    revision: 1,
    contentVersion: 5,
    complete: false,
    required: true,
    dueAt: "2026-12-03T10:35:00.000Z",
    overdue: false,
    tags: ["payments"],
    publicSummary: "",
    createdAt: "2026-11-30T12:00:00.000Z",
    submittedAt: null,
    publishedAt: "2026-12-01T09:00:00.000Z",
    closedAt: null,
    incident: { id: "inc1", number: 42, title: "Checkout returns 500s", severity: "SEV1", private: false },
    facts,
    sections: DEFAULT_TEMPLATE.map((s, i) => ({
      ...s,
      body: s.key === "summary" ? "A bad | config took checkout down." : (bodies[s.key] ?? ""),
      version: 1,
      updatedAt: "2026-11-30T12:00:00.000Z",
      updatedBy: null,
      position: i,
    })),
    factors: [{ id: "f1", category: "configuration", description: "Config changes skip canary." }],
    actionItems: [
      {
        id: "a1",
        title: "Canary config changes",
        type: "prevent",
        priority: "high",
        status: "open",
        owner: { id: "u2", name: "Bob Jones" },
        service: { id: "s1", slug: "checkout", name: "Checkout" },
        team: "payments",
        dueDate: "2026-12-10",
        trackerUrl: "https://tracker.example.com/PAY-1",
        overdue: false,
        version: 1,
      },
    ],
    reviews: [],
    publications: [],
  };
}
