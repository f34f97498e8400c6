// The incident as the API serves it (JSON: dates are ISO strings).
export type UserRef = { id: string; name: string; email: string };
export type IncidentView = {
  id: string;
  number: number;
  title: string;
  summary: string;
  severity: string;
  status: string;
  private: boolean;
  version: number;
  startedAt: string;
  detectedAt: string | null;
  acknowledgedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  nextUpdateDueAt: string | null;
  services: { service: { id: string; slug: string; name: string } }[];
  access: { user: UserRef }[];
  roles: {
    id: string;
    roleKey: string;
    userId: string;
    state: string;
    offeredAt: string;
    startedAt: string | null;
    endedAt: string | null;
    nudgedAt: string | null;
    user: UserRef;
  }[];
  tasks: { id: string; title: string; assigneeId: string | null; doneAt: string | null; version: number }[];
  updates: { id: string; visibility: string; status: string; body: string; createdAt: string }[];
  events: {
    id: string;
    kind: string;
    occurredAt: string;
    actorType: string;
    actorId: string | null;
    actorLabel: string;
    data: Record<string, unknown>;
    keyMoment: boolean;
    edited: boolean;
  }[];
  hasEarlierEvents: boolean;
  roleDefinitions: { key: string; name: string; checklist: string[]; builtIn: boolean }[];
  severities: { severity: string; description: string; updateIntervalMinutes: number }[];
};
export type Member = UserRef & { role: string };
