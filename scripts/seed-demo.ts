// The demo organization (slug `demo`): people with each role, a dozen services with their
// dependencies, SLOs with 30 days of minute data, and incidents past and present written
// through Vigil's own data layer, so the demo looks exactly like real use. Loading it twice
// changes nothing. Runs server-side (`--conditions=react-server`), see scripts/db-seed.ts.
import { hash } from "@node-rs/argon2";
import { addDays, addMinutes, subDays, subMinutes } from "date-fns";
import type { OrgContext } from "../lib/access/context";
import type { Role } from "../lib/auth/core/roles";
import { db } from "../lib/db";
import { declareIncident } from "../lib/incidents/declare";
import { addNote } from "../lib/incidents/notes";
import { changeRole } from "../lib/incidents/role-assignments";
import { postStakeholderUpdate } from "../lib/incidents/stakeholder-updates";
import { createTask, updateTask } from "../lib/incidents/tasks";
import { updateIncident } from "../lib/incidents/update";
import { createActionItem, updateActionItem } from "../lib/postmortems/action-items";
import { createPostmortem } from "../lib/postmortems/draft";
import { addFactor, saveSection, updateMeta } from "../lib/postmortems/editing";
import { decideReview, publishPostmortem, submitForReview } from "../lib/postmortems/review";
import { createService } from "../lib/services/catalog";
import { createComponent, createComponentGroup } from "../lib/statuspage/components";
import { createMaintenance } from "../lib/statuspage/maintenance";
import { createStatusPage } from "../lib/statuspage/pages";
import {
  componentGroupSchema,
  componentSchema,
  createMaintenanceSchema,
  createStatusPageSchema,
} from "../lib/statuspage/core/schemas";
import { createSli, createSliSchema, upsertSliPoints } from "../lib/slo/slis";
import { createSlo, createSloSchema } from "../lib/slo/slos";
import { demoTraffic, type DemoOutage } from "./seed-demo-traffic";

export const DEMO_PASSWORD = "vigil-demo-password";
export const DEMO_USERS = [
  { key: "dana", email: "demo@vigil.dev", name: "Dana Demo", role: "owner" },
  { key: "alex", email: "alex@vigil.dev", name: "Alex Admin", role: "admin" },
  { key: "riley", email: "riley@vigil.dev", name: "Riley Responder", role: "responder" },
  { key: "sam", email: "sam@vigil.dev", name: "Sam Okafor", role: "responder" },
  { key: "jordan", email: "jordan@vigil.dev", name: "Jordan Lee", role: "responder" },
  { key: "vic", email: "vic@vigil.dev", name: "Vic Viewer", role: "viewer" },
] as const satisfies readonly { key: string; email: string; name: string; role: Role }[];
type Person = (typeof DEMO_USERS)[number]["key"];

const SERVICES = [
  {
    slug: "web-frontend",
    name: "Web frontend",
    team: "Web",
    tier: 1,
    description: "The customer-facing web application.",
    deps: ["api-gateway"],
  },
  {
    slug: "api-gateway",
    name: "API gateway",
    team: "Platform",
    tier: 1,
    description: "Routes, authenticates and rate-limits public API traffic.",
    deps: ["auth", "catalog", "checkout"],
  },
  {
    slug: "auth",
    name: "Authentication",
    team: "Identity",
    tier: 1,
    description: "Sign-in, sessions and tokens.",
    deps: ["users-db"],
  },
  {
    slug: "checkout",
    name: "Checkout",
    team: "Payments",
    tier: 1,
    description: "Cart, order placement and payment orchestration.",
    deps: ["payments", "inventory", "orders-db"],
  },
  {
    slug: "payments",
    name: "Payments",
    team: "Payments",
    tier: 1,
    description: "Card authorisation through the payment provider.",
    deps: [],
  },
  {
    slug: "catalog",
    name: "Product catalog",
    team: "Catalog",
    tier: 2,
    description: "Products, prices and availability.",
    deps: ["search", "inventory"],
  },
  { slug: "search", name: "Search", team: "Catalog", tier: 2, description: "Full-text product search.", deps: [] },
  {
    slug: "inventory",
    name: "Inventory",
    team: "Fulfilment",
    tier: 2,
    description: "Stock levels across warehouses.",
    deps: ["orders-db"],
  },
  {
    slug: "notifications",
    name: "Notifications",
    team: "Growth",
    tier: 3,
    description: "Email and push notifications.",
    deps: ["message-queue"],
  },
  {
    slug: "message-queue",
    name: "Message queue",
    team: "Platform",
    tier: 2,
    description: "The shared event bus.",
    deps: [],
  },
  {
    slug: "orders-db",
    name: "Orders database",
    team: "Platform",
    tier: 1,
    description: "PostgreSQL cluster for orders.",
    deps: [],
  },
  {
    slug: "users-db",
    name: "Users database",
    team: "Identity",
    tier: 1,
    description: "PostgreSQL cluster for accounts.",
    deps: [],
  },
] as const;
type ServiceSlug = (typeof SERVICES)[number]["slug"];

type DemoSlo = {
  service: ServiceSlug;
  sli: {
    name: string;
    description: string;
    kind: "ratio" | "threshold";
    thresholdValue?: string;
    thresholdUnit?: string;
  };
  slo: {
    name: string;
    target: string;
    windowKind: "rolling" | "calendar";
    windowDays?: number;
    calendarUnit?: "month";
    budgetingMethod?: "occurrences" | "timeslices";
    timesliceThreshold?: string;
    incidentPolicy?: "none" | "page";
  };
  perMinute: number;
  baselineBad: number;
};
const SLOS: DemoSlo[] = [
  {
    service: "api-gateway",
    sli: {
      name: "Gateway availability",
      description: "Non-5xx responses over all responses at the edge.",
      kind: "ratio",
    },
    slo: { name: "API gateway availability", target: "99.9", windowKind: "rolling", windowDays: 30 },
    perMinute: 2400,
    baselineBad: 0.0002,
  },
  {
    service: "checkout",
    sli: { name: "Checkout success", description: "Orders placed over orders attempted.", kind: "ratio" },
    slo: {
      name: "Checkout success rate",
      target: "99.9",
      windowKind: "rolling",
      windowDays: 28,
      incidentPolicy: "page",
    },
    perMinute: 300,
    baselineBad: 0.0003,
  },
  {
    service: "payments",
    sli: {
      name: "Authorisation latency",
      description: "Card authorisations answered within 800 ms.",
      kind: "threshold",
      thresholdValue: "800",
      thresholdUnit: "ms",
    },
    slo: { name: "Payment authorisations under 800 ms", target: "99", windowKind: "rolling", windowDays: 7 },
    perMinute: 280,
    baselineBad: 0.003,
  },
  {
    service: "auth",
    sli: {
      name: "Sign-in success",
      description: "Sign-ins that succeed or fail only on bad credentials.",
      kind: "ratio",
    },
    slo: { name: "Sign-in availability", target: "99.95", windowKind: "rolling", windowDays: 7 },
    perMinute: 500,
    baselineBad: 0.0001,
  },
  {
    service: "search",
    sli: {
      name: "Search latency",
      description: "Queries answered within 300 ms.",
      kind: "threshold",
      thresholdValue: "300",
      thresholdUnit: "ms",
    },
    slo: {
      name: "Search under 300 ms",
      target: "99",
      windowKind: "rolling",
      windowDays: 30,
      budgetingMethod: "timeslices",
      timesliceThreshold: "0.95",
    },
    perMinute: 900,
    baselineBad: 0.0008,
  },
  {
    service: "catalog",
    sli: {
      name: "Catalog freshness",
      description: "Price reads served from data younger than 5 minutes.",
      kind: "ratio",
    },
    slo: { name: "Catalog prices fresh", target: "99.5", windowKind: "calendar", calendarUnit: "month" },
    perMinute: 1200,
    baselineBad: 0.0005,
  },
];

type Step =
  | { at: number; by: Person; note: string; key?: boolean; backdate?: number }
  | { at: number; by: Person; status: "identified" | "monitoring" | "resolved" }
  | { at: number; by: Person; role: string; to: Person; accept?: boolean }
  | { at: number; by: Person; update: string; visibility?: "public" | "internal" }
  | { at: number; by: Person; task: string; assignee?: Person; doneAt?: number };

type DemoIncident = {
  title: string;
  severity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
  services: ServiceSlug[];
  summary: string;
  /** Minutes before now that it started, and after the start that it was declared. */
  startedAgo: number;
  declaredAfter: number;
  by: Person;
  /** How badly the affected SLIs suffered until mitigation. */
  badRatio: number;
  steps: Step[];
};

// Oldest first; minutes after the start.
const INCIDENTS: DemoIncident[] = [
  {
    title: "Catalog prices stale for 20 minutes",
    severity: "SEV3",
    services: ["catalog"],
    summary: "The cache invalidation job stopped; price changes did not reach shoppers.",
    startedAgo: 23 * 1440,
    declaredAfter: 4,
    by: "jordan",
    badRatio: 0.6,
    steps: [
      {
        at: 5,
        by: "jordan",
        note: "Price updates from the merchant tool are not visible on product pages.",
        key: true,
      },
      { at: 6, by: "jordan", status: "identified" },
      {
        at: 8,
        by: "jordan",
        note: "The invalidation worker has been stuck on one poisoned message since 10:02.",
        key: true,
        backdate: 0,
      },
      {
        at: 12,
        by: "jordan",
        task: "Skip the poisoned message and restart the invalidation worker",
        assignee: "jordan",
        doneAt: 18,
      },
      { at: 20, by: "jordan", status: "monitoring" },
      { at: 31, by: "jordan", status: "resolved" },
    ],
  },
  {
    title: "Delayed order confirmation emails",
    severity: "SEV4",
    services: ["notifications", "message-queue"],
    summary: "A consumer lagged behind after a deploy; emails arrived up to 4 hours late.",
    startedAgo: 16 * 1440,
    declaredAfter: 20,
    by: "sam",
    badRatio: 0,
    steps: [
      { at: 25, by: "sam", status: "identified" },
      {
        at: 30,
        by: "sam",
        note: "Consumer lag on order-events is 180k messages and growing since the 14:10 deploy.",
        key: true,
      },
      { at: 40, by: "sam", task: "Roll back notifications to v2.31", assignee: "sam", doneAt: 60 },
      { at: 130, by: "sam", status: "monitoring" },
      { at: 135, by: "sam", note: "Lag is draining at ~2k messages a minute." },
      { at: 240, by: "sam", status: "resolved" },
    ],
  },
  {
    title: "Orders database failover",
    severity: "SEV1",
    services: ["orders-db", "checkout", "inventory"],
    summary: "The primary lost its disk; the failover took longer than planned and checkout failed meanwhile.",
    startedAgo: 9 * 1440,
    declaredAfter: 2,
    by: "riley",
    badRatio: 0.3,
    steps: [
      { at: 3, by: "riley", role: "communications", to: "alex" },
      { at: 3, by: "riley", role: "operations", to: "sam" },
      { at: 4, by: "riley", status: "identified" },
      { at: 4, by: "sam", note: "orders-db-1 reports I/O errors; PostgreSQL is in recovery mode.", key: true },
      {
        at: 6,
        by: "alex",
        update: "We are investigating failed checkouts. Orders may not complete; carts are kept.",
        visibility: "public",
      },
      {
        at: 8,
        by: "sam",
        note: "Automatic failover did not trigger: the replica was 40 s behind and above the lag limit.",
        key: true,
      },
      { at: 10, by: "sam", task: "Promote orders-db-2 by hand", assignee: "sam", doneAt: 16 },
      {
        at: 12,
        by: "riley",
        task: "Pause the inventory sync to stop retries piling up",
        assignee: "riley",
        doneAt: 14,
      },
      { at: 18, by: "riley", status: "monitoring" },
      {
        at: 19,
        by: "alex",
        update: "Checkout works again. We are watching closely while the database recovers.",
        visibility: "public",
      },
      { at: 40, by: "sam", note: "Replication to the rebuilt replica caught up." },
      { at: 65, by: "riley", status: "resolved" },
      {
        at: 66,
        by: "alex",
        update:
          "Resolved. Orders placed between 09:12 and 09:30 UTC may show twice in history; none were charged twice.",
        visibility: "public",
      },
    ],
  },
  {
    title: "Sign-in failures for SSO users",
    severity: "SEV2",
    services: ["auth"],
    summary: "An expired IdP certificate broke SSO sign-in; password sign-in kept working.",
    startedAgo: 3 * 1440,
    declaredAfter: 3,
    by: "alex",
    badRatio: 0.2,
    steps: [
      { at: 4, by: "alex", role: "communications", to: "jordan" },
      { at: 5, by: "alex", note: "Every SAML assertion is refused with `signature invalid`.", key: true },
      {
        at: 7,
        by: "jordan",
        update: "Single sign-on is failing for some customers. Password sign-in works.",
        visibility: "public",
      },
      { at: 12, by: "alex", status: "identified" },
      {
        at: 12,
        by: "alex",
        note: "The IdP rotated its signing certificate last night; we still pin the old one.",
        key: true,
      },
      { at: 15, by: "alex", task: "Load the IdP's new signing certificate", assignee: "riley", doneAt: 38 },
      { at: 41, by: "alex", status: "monitoring" },
      { at: 42, by: "jordan", update: "SSO sign-in works again. We are monitoring.", visibility: "public" },
      { at: 72, by: "alex", status: "resolved" },
    ],
  },
  {
    title: "Search results slow in EU",
    severity: "SEV3",
    services: ["search"],
    summary: "p95 latency above 2 s for EU users after an index rebuild.",
    startedAgo: 190,
    declaredAfter: 6,
    by: "dana",
    badRatio: 0.3,
    steps: [
      { at: 9, by: "dana", status: "identified" },
      {
        at: 10,
        by: "dana",
        note: "The eu-west index rebuild left the shards unbalanced: one node serves 60 % of queries.",
        key: true,
      },
      { at: 14, by: "dana", role: "operations", to: "jordan" },
      { at: 20, by: "jordan", task: "Rebalance eu-west shards", assignee: "jordan", doneAt: 90 },
      { at: 95, by: "dana", status: "monitoring" },
      { at: 96, by: "dana", note: "p95 back to 240 ms; watching through the evening peak." },
    ],
  },
  {
    title: "Checkout errors after payment provider timeout",
    severity: "SEV1",
    services: ["checkout", "payments"],
    summary: "Card authorisations time out; about 12 % of orders fail.",
    startedAgo: 38,
    declaredAfter: 2,
    by: "riley",
    badRatio: 0.12,
    steps: [
      { at: 3, by: "riley", status: "identified" },
      {
        at: 3,
        by: "riley",
        note: "Authorisation calls to the provider time out after 10 s; their status page shows degraded EU processing.",
        key: true,
      },
      { at: 4, by: "riley", role: "communications", to: "alex" },
      { at: 5, by: "riley", role: "operations", to: "sam" },
      {
        at: 7,
        by: "alex",
        update: "Some card payments are failing. We are working with our payment provider.",
        visibility: "public",
      },
      {
        at: 8,
        by: "alex",
        update: "Provider incident PX-2231 acknowledged on their side; no ETA yet.",
        visibility: "internal",
      },
      { at: 10, by: "sam", task: "Route EU traffic to the secondary acquirer", assignee: "sam" },
      {
        at: 11,
        by: "riley",
        task: "Lower the authorisation timeout to 4 s so carts fail fast",
        assignee: "jordan",
        doneAt: 22,
      },
      { at: 24, by: "riley", role: "commander", to: "dana", accept: true },
      {
        at: 25,
        by: "dana",
        note: "Taking over command from Riley. Next decision at 30 min: fail over to the secondary acquirer or wait.",
      },
    ],
  },
];

/** Adds demo data unless the organization `demo` exists. */
export async function seedDemo(): Promise<{ created: boolean }> {
  if (await db.organization.findUnique({ where: { slug: "demo" }, select: { id: true } })) return { created: false };
  const now = new Date();
  const passwordHash = await hash(DEMO_PASSWORD);
  const org = await db.organization.create({
    data: { slug: "demo", name: "Demo Inc." },
    select: { id: true, slug: true, name: true },
  });
  const people = new Map<Person, { id: string; ctx: OrgContext }>();
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: { email: u.email, name: u.name, passwordHash },
    });
    await db.membership.create({ data: { orgId: org.id, userId: user.id, role: u.role } });
    people.set(u.key, {
      id: user.id,
      ctx: { org, actor: { type: "user", id: user.id, label: u.email, role: u.role } },
    });
  }
  const person = (key: Person) => people.get(key)!;
  const admin = person("dana").ctx;

  const serviceIds = new Map<ServiceSlug, string>();
  for (const s of SERVICES) {
    const service = await createService(admin, {
      slug: s.slug,
      name: s.name,
      team: s.team,
      tier: s.tier,
      description: s.description,
      links: {
        runbook: `https://runbooks.example.com/${s.slug}`,
        repository: `https://git.example.com/demo/${s.slug}`,
        dashboard: `https://grafana.example.com/d/${s.slug}`,
      },
    });
    serviceIds.set(s.slug, service.id);
  }
  await db.serviceDependency.createMany({
    data: SERVICES.flatMap((s) =>
      s.deps.map((d) => ({ serviceId: serviceIds.get(s.slug)!, dependencyId: serviceIds.get(d)! })),
    ),
  });

  const outages: DemoOutage[] = INCIDENTS.map((i) => {
    const start = subMinutes(now, i.startedAgo);
    const mitigated = i.steps.find((s) => "status" in s && (s.status === "monitoring" || s.status === "resolved"));
    return {
      services: i.services,
      from: start,
      to: mitigated ? addMinutes(start, mitigated.at) : now,
      badRatio: i.badRatio,
    };
  });
  for (const [n, d] of SLOS.entries()) {
    const sli = await createSli(
      admin,
      createSliSchema.parse({ serviceId: serviceIds.get(d.service)!, source: "push", ...d.sli }),
    );
    await createSlo(admin, createSloSchema.parse({ sliId: sli.id, ...d.slo }));
    const points = demoTraffic({
      seed: n + 1,
      from: subDays(now, 30),
      to: now,
      perMinute: d.perMinute,
      baselineBad: d.baselineBad,
      outages: outages.filter((o) => o.services.includes(d.service)),
    });
    for (let i = 0; i < points.length; i += 10_000) await upsertSliPoints(sli.id, points.slice(i, i + 10_000));
  }

  const numbers = new Map<string, number>();
  for (const i of INCIDENTS) numbers.set(i.title, await playIncident(i, now, person, serviceIds));
  await writePostmortems(numbers, person, serviceIds);
  await publishStatusPage(admin, serviceIds, now);
  return { created: true };
}

// The public page at /status/demo: its components follow the incidents above.
const STATUS_GROUPS: { name: string; components: { name: string; service: ServiceSlug }[] }[] = [
  {
    name: "Shop",
    components: [
      { name: "Website", service: "web-frontend" },
      { name: "Checkout", service: "checkout" },
      { name: "Search", service: "search" },
      { name: "Product catalog", service: "catalog" },
    ],
  },
  {
    name: "Platform",
    components: [
      { name: "Public API", service: "api-gateway" },
      { name: "Sign-in", service: "auth" },
      { name: "Payments", service: "payments" },
    ],
  },
];

async function publishStatusPage(ctx: OrgContext, serviceIds: Map<ServiceSlug, string>, now: Date) {
  const page = await createStatusPage(
    ctx,
    createStatusPageSchema.parse({
      name: "Demo Inc. status",
      slug: "demo",
      published: true,
      supportUrl: "https://support.example.com",
      timeZone: "Europe/Berlin",
    }),
  );
  const componentIds = new Map<ServiceSlug, string>();
  for (const [position, g] of STATUS_GROUPS.entries()) {
    const group = await createComponentGroup(ctx, page.id, componentGroupSchema.parse({ name: g.name, position }));
    for (const [i, c] of g.components.entries()) {
      const component = await createComponent(
        ctx,
        page.id,
        componentSchema.parse({
          name: c.name,
          groupId: group.id,
          serviceId: serviceIds.get(c.service)!,
          position: i,
          startDate: subDays(now, 120).toISOString().slice(0, 10),
        }),
      );
      componentIds.set(c.service, component.id);
    }
  }
  const start = addDays(now, 3);
  start.setUTCHours(2, 0, 0, 0);
  await createMaintenance(
    ctx,
    page.id,
    createMaintenanceSchema.parse({
      name: "Orders database upgrade",
      scheduledFor: start.toISOString(),
      scheduledUntil: addMinutes(start, 60).toISOString(),
      componentIds: [componentIds.get("checkout")!],
      body: "We are upgrading the orders database. Checkout may be slow or briefly unavailable during the window; carts are kept.",
    }),
  );
}

/**
 * The orders-database failover has a published post-mortem with factors and action items; the
 * SSO outage's post-mortem is in review. Both start from Vigil's own draft of the incident.
 */
async function writePostmortems(
  numbers: Map<string, number>,
  person: (key: Person) => { id: string; ctx: OrgContext },
  serviceIds: Map<ServiceSlug, string>,
) {
  const riley = person("riley").ctx;
  const failover = await createPostmortem(riley, String(numbers.get("Orders database failover")));
  const sections: Record<string, string> = {
    summary:
      "The primary of the orders database lost its data disk. Automatic failover did not start because the replica was 40 s behind, above the lag limit, so checkout failed for 18 minutes until the replica was promoted by hand.",
    trigger: "A hardware fault on the disk of `orders-db-1`; the cloud provider retired the volume the same day.",
    detection:
      "The checkout success SLO paged 2 minutes after the first failed orders. Nothing told us the replica lag had been creeping up for a week.",
    root_cause:
      "Failover was gated on replica lag, and lag had grown with the nightly inventory sync, whose batch size doubled in the last release. The runbook for a manual promotion was out of date.",
    resolution:
      "The replica was promoted by hand after the lag had drained; the inventory sync was paused to stop retries piling up. A new replica was rebuilt from the promoted primary.",
    went_well:
      "- The page came from the SLO within minutes.\n- Roles were filled at once and the status page was updated within 6 minutes.",
    went_wrong:
      "- The runbook named a command that no longer exists.\n- Retries from the inventory sync added load to the struggling database.",
    lucky: "The fault happened during the day, with the database team online.",
    lessons:
      "Replica lag is part of our availability, not only of our performance: it needs an alert and a budget of its own.",
  };
  for (const [key, body] of Object.entries(sections))
    await saveSection(riley, failover.id, key, { baseVersion: 1, body });
  await updateMeta(riley, failover.id, {
    tags: ["database", "failover"],
    publicSummary:
      "A disk failure on our orders database stopped checkout for 18 minutes. We are alerting on replica lag and automating the failover.",
  });
  await addFactor(riley, failover.id, {
    category: "infrastructure",
    description: "Disk failure on the orders database primary",
  });
  await addFactor(riley, failover.id, { category: "monitoring", description: "No alert on replica lag" });
  await addFactor(riley, failover.id, { category: "process", description: "Out-of-date manual promotion runbook" });
  const lag = await createActionItem(riley, failover.id, {
    title: "Alert when orders-db replica lag exceeds 10 s",
    type: "prevent",
    priority: "high",
    ownerId: person("sam").id,
    serviceId: serviceIds.get("orders-db")!,
    dueDate: "2026-12-05",
    trackerUrl: "https://tracker.example.com/OPS-412",
  });
  await updateActionItem(person("sam").ctx, failover.id, lag.id, { version: lag.version, status: "done" });
  await createActionItem(riley, failover.id, {
    title: "Automate replica promotion and rehearse it monthly",
    type: "mitigate",
    priority: "high",
    ownerId: person("sam").id,
    serviceId: serviceIds.get("orders-db")!,
    dueDate: "2026-12-19",
  });
  await createActionItem(riley, failover.id, {
    title: "Halve the inventory sync batch size and add backoff to its retries",
    type: "prevent",
    priority: "medium",
    ownerId: person("jordan").id,
    serviceId: serviceIds.get("inventory")!,
    dueDate: "2026-12-12",
  });
  await submitForReview(riley, failover.id, { reviewerIds: [person("alex").id] });
  await decideReview(person("alex").ctx, failover.id, { decision: "approved" });
  await publishPostmortem(riley, failover.id);

  const alex = person("alex").ctx;
  const sso = await createPostmortem(alex, String(numbers.get("Sign-in failures for SSO users")));
  await saveSection(alex, sso.id, "summary", {
    baseVersion: 1,
    body: "Single sign-on failed for 41 minutes after our identity provider rotated its signing certificate; we still trusted only the old one.",
  });
  await saveSection(alex, sso.id, "root_cause", {
    baseVersion: 1,
    body: "The IdP certificate was pinned in configuration, and nothing watched the IdP's metadata for a rotation.",
  });
  await addFactor(alex, sso.id, { category: "configuration", description: "Pinned IdP signing certificate" });
  await createActionItem(alex, sso.id, {
    title: "Read signing certificates from the IdP metadata URL",
    type: "prevent",
    priority: "high",
    ownerId: person("riley").id,
    serviceId: serviceIds.get("auth")!,
    dueDate: "2026-12-10",
  });
  await submitForReview(alex, sso.id, { reviewerIds: [person("dana").id, person("riley").id] });
}

/**
 * Plays an incident's story through the data layer, step by step, then moves what each step
 * wrote back to the moment the story says it happened.
 */
async function playIncident(
  i: DemoIncident,
  now: Date,
  person: (key: Person) => { id: string; ctx: OrgContext },
  serviceIds: Map<ServiceSlug, string>,
): Promise<number> {
  const start = subMinutes(now, i.startedAgo);
  const at = (minutes: number) => addMinutes(start, minutes);
  let since = new Date();
  const incident = await declareIncident(person(i.by).ctx, {
    title: i.title,
    severity: i.severity,
    summary: i.summary,
    serviceIds: i.services.map((s) => serviceIds.get(s)!),
    startedAt: start,
  });
  await backdate(incident.id, since, at(i.declaredAfter));
  const ref = String(incident.number);
  const tasks = new Map<string, { id: string; version: number }>();
  const doneLater: { at: number; by: Person; title: string }[] = [];
  const steps = [...i.steps];
  for (let n = 0; n < steps.length; n++) {
    const step = steps[n]!;
    const ctx = person(step.by).ctx;
    since = new Date();
    if ("note" in step) {
      await addNote(ctx, ref, {
        body: step.note,
        keyMoment: step.key ?? false,
        ...(step.backdate !== undefined ? { occurredAt: at(step.backdate) } : {}),
      });
    } else if ("status" in step) {
      const current = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { version: true } });
      await updateIncident(ctx, ref, current.version, { status: step.status });
    } else if ("role" in step) {
      await changeRole(ctx, ref, { action: "assign", roleKey: step.role, userId: person(step.to).id });
      if (step.accept) {
        const offer = await db.incidentRoleAssignment.findFirstOrThrow({
          where: { incidentId: incident.id, roleKey: step.role, userId: person(step.to).id, state: "pending" },
        });
        await changeRole(person(step.to).ctx, ref, { action: "accept", assignmentId: offer.id });
      }
    } else if ("update" in step) {
      await postStakeholderUpdate(ctx, ref, { body: step.update, visibility: step.visibility ?? "public" });
    } else {
      const task = await createTask(ctx, ref, {
        title: step.task,
        assigneeId: step.assignee ? person(step.assignee).id : null,
      });
      tasks.set(step.task, { id: task.id, version: task.version });
      if (step.doneAt !== undefined)
        doneLater.push({ at: step.doneAt, by: step.assignee ?? step.by, title: step.task });
    }
    await backdate(incident.id, since, at(step.at));
    // Tasks finish later in the story; play each completion at its moment.
    const next = steps[n + 1]?.at ?? Infinity;
    for (const done of doneLater.filter((d) => d.at < next).sort((a, b) => a.at - b.at)) {
      doneLater.splice(doneLater.indexOf(done), 1);
      const task = tasks.get(done.title)!;
      since = new Date();
      await updateTask(person(done.by).ctx, ref, task.id, { version: task.version, done: true });
      await backdate(incident.id, since, at(done.at));
    }
  }
  return incident.number;
}

// Every timestamp an incident's rows carry, by table; the incident's own id column first.
const TIMESTAMPS: Record<string, { key: string; columns: string[] }> = {
  Incident: {
    key: "id",
    columns: ["detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt", "nextUpdateDueAt", "createdAt", "updatedAt"],
  },
  TimelineEvent: { key: "incidentId", columns: ["occurredAt", "createdAt"] },
  IncidentRoleAssignment: { key: "incidentId", columns: ["offeredAt", "startedAt", "endedAt", "nudgedAt"] },
  IncidentTask: { key: "incidentId", columns: ["doneAt", "createdAt", "updatedAt"] },
  StakeholderUpdate: { key: "incidentId", columns: ["createdAt"] },
};

/** Moves every timestamp of the incident written at or after `since` back so that `since` becomes `to`. */
async function backdate(incidentId: string, since: Date, to: Date) {
  const shiftMs = since.getTime() - to.getTime();
  await db.$transaction(async (tx) => {
    for (const [table, { key, columns }] of Object.entries(TIMESTAMPS)) {
      const set = columns
        .map(
          (c) =>
            `"${c}" = CASE WHEN "${c}" >= $2 THEN "${c}" - make_interval(secs => $3::float8 / 1000) ELSE "${c}" END`,
        )
        .join(", ");
      await tx.$executeRawUnsafe(`UPDATE "${table}" SET ${set} WHERE "${key}" = $1`, incidentId, since, shiftMs);
    }
    await tx.$executeRawUnsafe(
      `UPDATE "AuditLog" SET "createdAt" = "createdAt" - make_interval(secs => $3::float8 / 1000) WHERE "entityId" = $1 AND "createdAt" >= $2`,
      incidentId,
      since,
      shiftMs,
    );
  });
}
