// `npm run bench:status`: the public status page under load (issue 6), on a scratch embedded
// PostgreSQL and one `next start` of the production build. Drives /status/{slug} and its
// summary.json with concurrent clients on loopback (autocannon), next to a static file of the
// same size served by the same server in the same run; also the page's JavaScript, its
// Lighthouse scores, revalidation (304) and update-to-page freshness. Prints, never asserts.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, rmdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { setDatabaseUrl } from "../lib/env";
import { say, startInstance, stopInstance, type Instance } from "./support";
import { DAY_MS } from "@/lib/time/units";

const COMPONENTS = 20;
const GROUPS = 4;
const DAYS = 90;
const PAST_INCIDENTS = 12;
// Many clients, as during an outage; and a few, for the latency of a lightly loaded instance.
const CONNECTIONS = [50, 10];
const SECONDS = 10;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A realistic page: 20 components in 4 groups on 20 services, half with SLIs, 90 days of incidents and maintenance. */
async function seed() {
  const { db } = await import("../lib/db");
  const { createService } = await import("../lib/services/catalog");
  const { createStatusPage } = await import("../lib/statuspage/pages");
  const { createComponent, createComponentGroup } = await import("../lib/statuspage/components");
  const { createMaintenance } = await import("../lib/statuspage/maintenance");
  const s = await import("../lib/statuspage/core/schemas");
  const slug = `bench-${randomBytes(3).toString("hex")}`;
  const org = await db.organization.create({
    data: { slug, name: "Bench" },
    select: { id: true, slug: true, name: true },
  });
  const ctx = { org, actor: { type: "system" as const, id: "bench", label: "bench" } };
  const now = Date.now();
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const page = await createStatusPage(
    ctx,
    s.createStatusPageSchema.parse({
      name: "Bench Cloud",
      slug,
      published: true,
      timeZone: "Europe/Paris",
      supportUrl: "https://support.example.com",
    }),
  );
  const groups = [];
  for (let g = 0; g < GROUPS; g++)
    groups.push(
      await createComponentGroup(
        ctx,
        page.id,
        s.componentGroupSchema.parse({ name: ["Core platform", "APIs", "Dashboards", "Integrations"][g], position: g }),
      ),
    );
  const services = [];
  const components = [];
  for (let i = 0; i < COMPONENTS; i++) {
    const service = await createService(ctx, {
      name: `Service ${i + 1}`,
      slug: `service-${i + 1}`,
      description: "",
      team: "",
      tier: 1 + (i % 3),
      links: {},
    });
    services.push(service);
    const startDate = new Date(today - (DAYS + 10) * DAY_MS).toISOString().slice(0, 10);
    components.push(
      await createComponent(
        ctx,
        page.id,
        s.componentSchema.parse({
          name: `Component ${i + 1}`,
          description: i % 4 === 0 ? "Customer-facing" : null,
          serviceId: service.id,
          groupId: groups[i % GROUPS]!.id,
          position: i,
          startDate,
        }),
      ),
    );
    if (i % 2 === 0) {
      const sli = await db.sli.create({
        data: { orgId: org.id, serviceId: service.id, name: `availability-${i}`, kind: "ratio", source: "push" },
      });
      await db.slo.create({ data: { orgId: org.id, sliId: sli.id, name: `availability-${i}`, target: "99.9" } });
      await db.sliDay.createMany({
        data: Array.from({ length: DAYS }, (_, d) => ({
          sliId: sli.id,
          day: new Date(today - d * DAY_MS),
          good: 1_000_000 - ((d * 7 + i) % 13 === 0 ? 2_500 : 40),
          total: 1_000_000,
          minutes: 1440,
        })),
      });
    }
  }
  let number = 0;
  const incident = async (data: {
    title: string;
    severity: "SEV1" | "SEV2" | "SEV3";
    serviceIds: string[];
    startedAt: Date;
    resolvedAt: Date | null;
    updates: string[];
  }) =>
    db.incident.create({
      data: {
        orgId: org.id,
        number: ++number,
        title: data.title,
        severity: data.severity,
        status: data.resolvedAt ? "resolved" : "identified",
        startedAt: data.startedAt,
        resolvedAt: data.resolvedAt,
        services: { create: data.serviceIds.map((serviceId) => ({ serviceId })) },
        updates: {
          create: data.updates.map((body, k) => ({
            visibility: "public" as const,
            status: k === data.updates.length - 1 && data.resolvedAt ? ("resolved" as const) : ("identified" as const),
            body,
            createdAt: new Date(data.startedAt.getTime() + k * 20 * 60_000),
          })),
        },
      },
    });
  for (let k = 0; k < PAST_INCIDENTS; k++) {
    const startedAt = new Date(now - (3 + k * 7) * DAY_MS);
    await incident({
      title: `Elevated error rates on Service ${(k % COMPONENTS) + 1}`,
      severity: (["SEV1", "SEV2", "SEV3"] as const)[k % 3]!,
      serviceIds: [services[k % COMPONENTS]!.id, services[(k + 5) % COMPONENTS]!.id],
      startedAt,
      resolvedAt: new Date(startedAt.getTime() + (40 + k * 5) * 60_000),
      updates: [
        "We are investigating elevated error rates.",
        "The cause is identified: a faulty deploy. Rolling back.",
        "Error rates are back to normal; we keep monitoring.",
        "This incident is resolved.",
      ],
    });
  }
  const openIncident = await incident({
    title: "Slow dashboard loads",
    severity: "SEV3",
    serviceIds: [services[3]!.id],
    startedAt: new Date(now - 50 * 60_000),
    resolvedAt: null,
    updates: ["Dashboards load slowly for some customers.", "A database index is being rebuilt."],
  });
  await incident({
    title: "Webhook deliveries delayed",
    severity: "SEV2",
    serviceIds: [services[11]!.id],
    startedAt: new Date(now - 20 * 60_000),
    resolvedAt: null,
    updates: ["Webhook deliveries are delayed by up to 10 minutes."],
  });
  const hour = (h: number) => new Date(now + h * 3_600_000).toISOString();
  await createMaintenance(
    ctx,
    page.id,
    s.createMaintenanceSchema.parse({
      name: "Database upgrade",
      scheduledFor: hour(48),
      scheduledUntil: hour(50),
      componentIds: [components[0]!.id, components[1]!.id],
      body: "We upgrade the primary database; writes pause for a few minutes.",
    }),
  );
  await createMaintenance(
    ctx,
    page.id,
    s.createMaintenanceSchema.parse({
      name: "Network maintenance",
      scheduledFor: hour(-30 * 24),
      scheduledUntil: hour(-30 * 24 + 2),
      componentIds: [components[5]!.id],
      body: "Planned router replacement.",
    }),
  );
  return { slug, org, ctx, openIncident };
}

/** Lighthouse's performance and accessibility scores (its default: a throttled mobile), with the system Chromium when there is one. */
async function lighthouseScores(url: string): Promise<string> {
  const chromePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  const { launch } = await import("chrome-launcher");
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ["performance", "accessibility"],
      logLevel: "error",
      output: "json",
    });
    const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? NaN) * 100);
    return `performance ${score("performance")}, accessibility ${score("accessibility")} (Lighthouse ${result?.lhr.lighthouseVersion}, mobile emulation)`;
  } finally {
    chrome.kill();
  }
}

type Figures = { rps: number; p99: number; errors: number; non2xx: number };

async function load(url: string, connections: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: SECONDS });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

const row = (label: string, f: Figures) =>
  `  ${label.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   p99 ${String(f.p99).padStart(4)} ms${f.errors || f.non2xx ? `   (${f.errors} errors, ${f.non2xx} non-2xx)` : ""}`;

async function compare(name: string, dynamicUrl: string, staticUrl: string, bytes: number) {
  for (const connections of CONNECTIONS) {
    say(`\n${name} (${kb(bytes)}), ${connections} connections for ${SECONDS} s each:`);
    const dynamic = await load(dynamicUrl, connections);
    say(row("status route (cache)", dynamic));
    const stat = await load(staticUrl, connections);
    say(row("static file, same size (public/)", stat));
    say(
      `  ratio: ${(dynamic.rps / stat.rps).toFixed(2)} × the static requests/s (aim ≥ 0.5); p99 ${dynamic.p99} ms (aim < 50 ms; static: ${stat.p99} ms)`,
    );
  }
}

/** Every script the page loads or inlines, gzipped. */
async function pageJavaScriptBytes(base: string, html: string): Promise<number> {
  let total = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /src="([^"]+)"/.exec(match[1] ?? "")?.[1];
    const code = src ? await (await fetch(new URL(src, base))).text() : (match[2] ?? "");
    total += gzipSync(code).length;
  }
  return total;
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "vigil-bench-status-"));
  const database = await startEmbeddedDatabase(dir);
  const publicDir = path.resolve("public");
  const createdPublicDir = await mkdir(publicDir).then(
    () => true,
    () => false,
  );
  const staticNames = {
    page: `bench-status-${randomBytes(3).toString("hex")}.html`,
    summary: `bench-summary-${randomBytes(3).toString("hex")}.json`,
  };
  let instance: Instance | undefined;
  try {
    await applyMigrations(database.url);
    setDatabaseUrl(database.url);
    say(
      "seeding a page: 20 components in 4 groups, 90 days of SLI data and incidents, 2 open incidents, 2 maintenances…",
    );
    const { slug, ctx, openIncident } = await seed();

    // The static twins must exist before the server starts, which lists public/ then: render the
    // page once here, with the same code, to know the sizes.
    const { loadPublicPage } = await import("../lib/statuspage/public-cache");
    const rendered = (await loadPublicPage(`slug:${slug}`)).value!;
    const pageBytes = rendered.file("")!.bytes.length;
    const summaryBytes = rendered.file("api/v2/summary.json")!.bytes.length;
    await writeFile(path.join(publicDir, staticNames.page), "x".repeat(pageBytes));
    await writeFile(path.join(publicDir, staticNames.summary), "x".repeat(summaryBytes));

    say("starting next start (production build)…");
    instance = await startInstance(database.url);
    const base = instance.url;
    const pageUrl = `${base}/status/${slug}`;
    const html = await (await fetch(pageUrl)).text();
    const gz = gzipSync(html).length;
    const htmlBytes = Buffer.byteLength(html);
    const widget = await (await fetch(`${pageUrl}/widget.js`)).text();
    say(
      `\npage: ${kb(htmlBytes)} of HTML (${kb(gz)} gzipped); JavaScript on the page: ${await pageJavaScriptBytes(base, html)} bytes gzipped; widget.js: ${gzipSync(widget).length} bytes gzipped`,
    );
    say(
      `Lighthouse: ${await lighthouseScores(pageUrl).catch((e: unknown) => `not measured (${e instanceof Error ? e.message : String(e)})`)}`,
    );
    for (let i = 0; i < 200; i++)
      await Promise.all([
        fetch(pageUrl).then((r) => r.arrayBuffer()),
        fetch(`${base}/${staticNames.page}`).then((r) => r.arrayBuffer()),
      ]);

    await compare("GET /status/{slug}", pageUrl, `${base}/${staticNames.page}`, pageBytes);
    await compare(
      "GET /status/{slug}/api/v2/summary.json",
      `${pageUrl}/api/v2/summary.json`,
      `${base}/${staticNames.summary}`,
      summaryBytes,
    );

    const etag = (await fetch(`${pageUrl}/api/v2/summary.json`)).headers.get("etag")!;
    const notModified = await autocannon({
      url: `${pageUrl}/api/v2/summary.json`,
      connections: CONNECTIONS[0],
      duration: SECONDS / 2,
      headers: { "if-none-match": etag },
    });
    say(
      `\nrevalidation (If-None-Match → 304): ${notModified.requests.average.toFixed(0)} req/s, p99 ${notModified.latency.p99} ms, ${notModified["3xx"]} answered 304`,
    );

    // Freshness: a public update written here reaches the server's cache through NOTIFY.
    const { postStakeholderUpdate } = await import("../lib/incidents/stakeholder-updates");
    const marker = `Update ${randomBytes(4).toString("hex")}: the index rebuild is done.`;
    const started = performance.now();
    await postStakeholderUpdate(ctx, openIncident.id, { visibility: "public", body: marker });
    let seen = false;
    while (!seen && performance.now() - started < 30_000) {
      seen = (await (await fetch(`${pageUrl}/api/v2/summary.json`)).text()).includes(marker);
      if (!seen) await new Promise((r) => setTimeout(r, 5));
    }
    say(
      seen
        ? `freshness: a public update was in summary.json ${(performance.now() - started).toFixed(0)} ms after its commit`
        : "freshness: the update did not show within 30 s",
    );

    const { db, dbPool } = await import("../lib/db");
    // pg-boss, started by the seed's maintenance notifications, stops before its database does.
    await (await (await import("../lib/jobs/queue")).jobQueue()).stop({ graceful: false });
    await db.$disconnect();
    await dbPool.end();
  } finally {
    if (instance) await stopInstance(instance);
    await Promise.all(Object.values(staticNames).map((name) => rm(path.join(publicDir, name), { force: true })));
    if (createdPublicDir) await rmdir(publicDir).catch(() => {});
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
  process.exit(0); // see scripts/db-migrate.ts
}

await main();
