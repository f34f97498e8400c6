// The incident page and live-viewer parts of `npm run bench:incidents`.
import type { OrgContext } from "../lib/access/context";
import type { BenchContext } from "./incidents";

type Tools = {
  signIn: (base: string, email: string) => Promise<string>;
  percentile: (values: number[], p: number) => number;
  ms: (v: number) => string;
  say: (msg: string) => void;
};

const systemCtx = (ctx: BenchContext): OrgContext => ({
  org: { id: ctx.orgId, slug: ctx.slug, name: "Bench" },
  actor: { type: "system", id: "bench", label: "bench" },
});

async function declare(ctx: BenchContext, title: string) {
  const { declareIncident } = await import("../lib/incidents/declare");
  return declareIncident(systemCtx(ctx), { title, severity: "SEV2" });
}

export async function benchIncidentPage(ctx: BenchContext, options: Tools & { events: number; samples: number }) {
  const { say, percentile, ms } = options;
  try {
    const { db } = await import("../lib/db");
    const incident = await declare(ctx, "Bench: long timeline");
    const start = Date.now() - options.events * 1000;
    for (let offset = 0; offset < options.events; offset += 1000) {
      await db.timelineEvent.createMany({
        data: Array.from({ length: Math.min(1000, options.events - offset) }, (_, i) => ({
          orgId: ctx.orgId,
          incidentId: incident.id,
          kind: "note",
          occurredAt: new Date(start + (offset + i) * 1000),
          actorType: "system" as const,
          actorLabel: "bench",
          data: { text: `Note ${offset + i}: checked the dashboards, nothing new.` },
        })),
      });
    }
    const base = ctx.instances[0]!.url;
    const cookie = await options.signIn(base, ctx.email);
    const url = `${base}/${ctx.slug}/incidents/${incident.number}`;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < options.samples + 3; i++) {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.text();
      if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
      if (i >= 3) times.push(performance.now() - t0);
      bytes = body.length;
    }
    say(
      `incident page with ${options.events} timeline events (it carries the newest 200; earlier ones page in on request): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} (full response over loopback, ${options.samples} samples, ${(bytes / 1024).toFixed(0)} KiB)`,
    );
  } catch (e) {
    say(`incident page: not measured (${e instanceof Error ? e.message : String(e)})`);
  }
}

type Viewer = { received: number[]; abort: AbortController; ready: Promise<void> };

function watch(url: string, token: string): Viewer {
  const abort = new AbortController();
  const received: number[] = [];
  const ready = (async () => {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
      signal: abort.signal,
    });
    if (!res.ok || !res.body) throw new Error(`GET ${url} answered ${res.status}`);
    const reader = res.body.getReader();
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          // Any data line is an event; comments (": ping") are keep-alives.
          if (/^data:/m.test(decoder.decode(value, { stream: true }))) received.push(performance.now());
        }
      } catch {
        // aborted at the end
      }
    })();
  })();
  return { received, abort, ready };
}

/**
 * Declare-to-visible: viewers follow the organization's incident stream (as the incident list
 * and overview pages do), split over both instances; each round declares an incident through
 * the API of one instance, alternating, and times until each viewer hears of it.
 */
export async function benchLiveViewers(ctx: BenchContext, options: Tools & { viewers: number; rounds: number }) {
  const { say, percentile, ms } = options;
  const viewers: Viewer[] = [];
  try {
    for (let i = 0; i < options.viewers; i++) {
      const base = ctx.instances[i % ctx.instances.length]!.url;
      viewers.push(watch(`${base}/api/v1/incidents/events`, ctx.token));
    }
    await Promise.all(viewers.map((v) => v.ready));
    await new Promise((r) => setTimeout(r, 1000));
    const latencies: number[] = [];
    const apiTimes: number[] = [];
    let missed = 0;
    for (let round = 0; round < options.rounds; round++) {
      const seen = viewers.map((v) => v.received.length);
      const base = ctx.instances[round % ctx.instances.length]!.url;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/incidents`, {
        method: "POST",
        headers: { authorization: `Bearer ${ctx.token}`, "content-type": "application/json" },
        body: JSON.stringify({ title: `Bench: declared live ${round}`, severity: "SEV2" }),
      });
      if (res.status !== 201) throw new Error(`POST /api/v1/incidents answered ${res.status}`);
      await res.arrayBuffer();
      apiTimes.push(performance.now() - t0);
      const deadline = t0 + 5000;
      while (performance.now() < deadline && viewers.some((v, i) => v.received.length === seen[i]))
        await new Promise((r) => setTimeout(r, 5));
      viewers.forEach((v, i) => {
        const at = v.received[seen[i]!];
        if (at === undefined) missed++;
        else latencies.push(at - t0);
      });
      await new Promise((r) => setTimeout(r, 300));
    }
    say(
      `live viewers: ${options.viewers} SSE streams of the organization's incidents split over 2 instances, ${options.rounds} incidents declared through POST /api/v1/incidents, alternating instances`,
    );
    say(
      `  declare-to-visible p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (the declaring request itself: p50 ${ms(percentile(apiTimes, 50))})${missed ? `; ${missed} deliveries not seen within 5 s` : ""}`,
    );
  } catch (e) {
    say(`live viewers: not measured (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    for (const v of viewers) v.abort.abort();
  }
}
