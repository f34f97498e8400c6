// The demo organization (slug `demo`): people with each role, a dozen services with their
// dependencies, and incidents past and present. Loading it twice changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { hash } from "@node-rs/argon2";
import { subMinutes } from "date-fns";
import { PrismaClient, type Severity, type IncidentStatus } from "../generated/prisma/client";

export const DEMO_PASSWORD = "vigil-demo-password";
export const DEMO_USERS = [
  { email: "demo@vigil.dev", name: "Dana Demo", role: "owner" },
  { email: "alex@vigil.dev", name: "Alex Admin", role: "admin" },
  { email: "riley@vigil.dev", name: "Riley Responder", role: "responder" },
  { email: "vic@vigil.dev", name: "Vic Viewer", role: "viewer" },
] as const;

const SERVICES = [
  { slug: "web-frontend", name: "Web frontend", team: "Web", tier: 1, description: "The customer-facing web application.", deps: ["api-gateway"] },
  { slug: "api-gateway", name: "API gateway", team: "Platform", tier: 1, description: "Routes, authenticates and rate-limits public API traffic.", deps: ["auth", "catalog", "checkout"] },
  { slug: "auth", name: "Authentication", team: "Identity", tier: 1, description: "Sign-in, sessions and tokens.", deps: ["users-db"] },
  { slug: "checkout", name: "Checkout", team: "Payments", tier: 1, description: "Cart, order placement and payment orchestration.", deps: ["payments", "inventory", "orders-db"] },
  { slug: "payments", name: "Payments", team: "Payments", tier: 1, description: "Card authorisation through the payment provider.", deps: [] },
  { slug: "catalog", name: "Product catalog", team: "Catalog", tier: 2, description: "Products, prices and availability.", deps: ["search", "inventory"] },
  { slug: "search", name: "Search", team: "Catalog", tier: 2, description: "Full-text product search.", deps: [] },
  { slug: "inventory", name: "Inventory", team: "Fulfilment", tier: 2, description: "Stock levels across warehouses.", deps: ["orders-db"] },
  { slug: "notifications", name: "Notifications", team: "Growth", tier: 3, description: "Email and push notifications.", deps: ["message-queue"] },
  { slug: "message-queue", name: "Message queue", team: "Platform", tier: 2, description: "The shared event bus.", deps: [] },
  { slug: "orders-db", name: "Orders database", team: "Platform", tier: 1, description: "PostgreSQL cluster for orders.", deps: [] },
  { slug: "users-db", name: "Users database", team: "Identity", tier: 1, description: "PostgreSQL cluster for accounts.", deps: [] },
] as const;

type DemoIncident = { title: string; severity: Severity; status: IncidentStatus; services: string[]; startedAgo: number; ackAfter: number; mitigateAfter?: number; resolveAfter?: number; summary: string };
// Minutes: when it started (ago), and how long each response step took after the start.
const INCIDENTS: DemoIncident[] = [
  { title: "Checkout errors after payment provider timeout", severity: "SEV1", status: "identified", services: ["checkout", "payments"], startedAgo: 38, ackAfter: 3, summary: "Card authorisations time out; about 12 % of orders fail." },
  { title: "Search results slow in EU", severity: "SEV3", status: "monitoring", services: ["search"], startedAgo: 190, ackAfter: 9, mitigateAfter: 95, summary: "p95 latency above 2 s for EU users after an index rebuild." },
  { title: "Sign-in failures for SSO users", severity: "SEV2", status: "resolved", services: ["auth"], startedAgo: 3 * 1440, ackAfter: 4, mitigateAfter: 41, resolveAfter: 72, summary: "An expired IdP certificate broke SSO sign-in." },
  { title: "Orders database failover", severity: "SEV1", status: "resolved", services: ["orders-db", "checkout", "inventory"], startedAgo: 9 * 1440, ackAfter: 2, mitigateAfter: 18, resolveAfter: 65, summary: "Primary lost its disk; failover took longer than planned." },
  { title: "Delayed order confirmation emails", severity: "SEV4", status: "resolved", services: ["notifications", "message-queue"], startedAgo: 16 * 1440, ackAfter: 25, mitigateAfter: 130, resolveAfter: 240, summary: "A consumer lagged behind after a deploy." },
  { title: "Catalog prices stale for 20 minutes", severity: "SEV3", status: "resolved", services: ["catalog"], startedAgo: 23 * 1440, ackAfter: 6, mitigateAfter: 20, resolveAfter: 31, summary: "The cache invalidation job stopped." },
];

export async function seedDemo(databaseUrl: string): Promise<{ created: boolean }> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (await prisma.organization.findUnique({ where: { slug: "demo" }, select: { id: true } })) return { created: false };
    const passwordHash = await hash(DEMO_PASSWORD);
    const now = new Date();
    await prisma.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { slug: "demo", name: "Demo Inc." } });
      const users = [];
      for (const u of DEMO_USERS) {
        const user = await tx.user.upsert({ where: { email: u.email }, update: {}, create: { email: u.email, name: u.name, passwordHash } });
        await tx.membership.create({ data: { orgId: org.id, userId: user.id, role: u.role } });
        users.push(user);
      }
      const ids = new Map<string, string>();
      for (const s of SERVICES) {
        const svc = await tx.service.create({
          data: {
            orgId: org.id, slug: s.slug, name: s.name, team: s.team, tier: s.tier, description: s.description,
            links: { runbook: `https://runbooks.example.com/${s.slug}`, repository: `https://git.example.com/demo/${s.slug}` },
          },
        });
        ids.set(s.slug, svc.id);
      }
      await tx.serviceDependency.createMany({ data: SERVICES.flatMap((s) => s.deps.map((d) => ({ serviceId: ids.get(s.slug)!, dependencyId: ids.get(d)! }))) });
      let number = 0;
      for (const i of [...INCIDENTS].reverse()) {
        const startedAt = subMinutes(now, i.startedAgo);
        const at = (after?: number) => (after === undefined ? null : subMinutes(now, i.startedAgo - after));
        await tx.incident.create({
          data: {
            orgId: org.id, number: ++number, title: i.title, summary: i.summary, severity: i.severity, status: i.status,
            declaredById: users[0]!.id, startedAt, acknowledgedAt: at(i.ackAfter), mitigatedAt: at(i.mitigateAfter), resolvedAt: at(i.resolveAfter),
            services: { create: i.services.map((slug) => ({ serviceId: ids.get(slug)! })) },
          },
        });
      }
      await tx.organization.update({ where: { id: org.id }, data: { incidentSeq: number } });
      await tx.auditLog.create({ data: { orgId: org.id, actorType: "system", actorId: "seed", actorLabel: "vigil-seed", action: "organization.created", entityType: "organization", entityId: org.id, after: { slug: "demo", name: "Demo Inc." } } });
    });
    return { created: true };
  } finally {
    await prisma.$disconnect();
  }
}

