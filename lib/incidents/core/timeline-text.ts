// One line of text for each kind of timeline event, as the incident page shows it. Pure: no I/O.
export type TimelineEventLike = { kind: string; data: Record<string, unknown> };
export type Names = { person: (id: unknown) => string; role: (key: unknown) => string };

const text = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.length : 0);
const burn = (v: unknown) => (typeof v === "number" ? `${v.toFixed(1)}×` : "n/a");
const time = (v: unknown) => (typeof v === "string" ? new Date(v).toISOString().slice(11, 16) + " UTC" : "—");

export function describeEvent(e: TimelineEventLike, names: Names): string {
  const d = e.data;
  switch (e.kind) {
    case "declared":
      return `Incident declared as ${text(d.severity)}: ${text(d.title)}${d.source && d.source !== "manual" ? ` (from ${text(d.source)})` : ""}`;
    case "note":
      return text(d.body);
    case "status.changed":
      return `Status changed from ${text(d.from)} to ${text(d.to)}`;
    case "severity.changed":
      return `Severity changed from ${text(d.from)} to ${text(d.to)}`;
    case "title.changed":
      return `Title changed to “${text(d.to)}”`;
    case "summary.changed":
      return "Summary edited";
    case "moments.edited":
      return `Response moments edited: ${Object.keys(d).join(", ")}`;
    case "services.changed":
      return `Affected services: ${list(d.added)} added, ${list(d.removed)} removed`;
    case "visibility.changed":
      return d.private ? "Made private" : "Made visible to the whole organization";
    case "access.changed":
      return `Access list: ${list(d.added)} added, ${list(d.removed)} removed`;
    case "role.assigned":
      return `${names.role(d.roleKey)}: ${d.fromUserId ? `${names.person(d.fromUserId)} → ` : ""}${names.person(d.toUserId)}`;
    case "role.offered":
      return `${names.role(d.roleKey)} offered by ${names.person(d.fromUserId)} to ${names.person(d.toUserId)}`;
    case "role.accepted":
      return `${names.role(d.roleKey)} handed over from ${names.person(d.fromUserId)} to ${names.person(d.toUserId)}`;
    case "role.declined":
      return `${names.person(d.toUserId)} declined ${names.role(d.roleKey)}`;
    case "role.released":
      return `${names.person(d.fromUserId)} left ${names.role(d.roleKey)}`;
    case "commander.nudged":
      return `${names.person(d.userId)} has held command for ${text(d.hours)} hours: time to hand over`;
    case "task.created":
      return `Task: ${text(d.title)}`;
    case "task.done":
      return `Task done: ${text(d.title)}`;
    case "task.reopened":
      return `Task reopened: ${text(d.title)}`;
    case "task.updated":
      return `Task changed: ${text(d.title)}`;
    case "update.posted":
      return `${d.visibility === "public" ? "Public" : "Internal"} update: ${text(d.body)}`;
    case "update.reminder":
      return `Stakeholder update due at ${time(d.dueAt)}${d.userId ? ` (${names.person(d.userId)})` : ""}`;
    case "alert.fired":
      return `Alert firing: ${text(d.title)}`;
    case "alert.resolved":
      return `Alert resolved: ${text(d.title)}`;
    case "slo.alert_fired":
      return `SLO ${text(d.sloName)}: ${text(d.severity)} burn-rate alert ${text(d.conditionId)} fired (burn ${burn(d.longBurnRate)} over ${text(d.longWindowMinutes)} min and ${burn(d.shortBurnRate)} over ${text(d.shortWindowMinutes)} min, above ${text(d.factor)})`;
    case "slo.alert_resolved":
      return `SLO ${text(d.sloName)}: burn-rate alert ${text(d.conditionId)} resolved${typeof d.reason === "string" && d.reason ? ` (${d.reason})` : typeof d.longBurnRate === "number" ? ` (burn ${burn(d.longBurnRate)} over ${text(d.longWindowMinutes)} min)` : ""}`;
    case "postmortem.drafted":
      return "Post-mortem drafted";
    case "postmortem.published":
      return `Post-mortem published (revision ${text(d.revision)})`;
    default:
      return e.kind.replace(/[._]/g, " ");
  }
}
