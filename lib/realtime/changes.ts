import "server-only";
import pg from "pg";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";

// Live updates across instances: writers NOTIFY inside their transaction (PostgreSQL delivers
// it at commit, to every instance), and each process keeps one LISTEN connection that fans
// changes out to its subscribers (SSE streams, caches). Nothing lives in one process only.
export const CHANNEL = "vigil_changes";

export type Change = { orgId: string; topic: string; id: string; kind: string };
type Listener = (change: Change) => void;

export async function publishChange(tx: Tx, change: Change): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(change)})`;
}

type Hub = { listeners: Set<Listener>; client: pg.Client | null; connecting: boolean; retryMs: number };
const globalForHub = globalThis as unknown as { vigilChangeHub?: Hub };
const hub: Hub = (globalForHub.vigilChangeHub ??= {
  listeners: new Set(),
  client: null,
  connecting: false,
  retryMs: 500,
});

function emit(change: Change) {
  for (const listener of hub.listeners) {
    try {
      listener(change);
    } catch (err) {
      log.error({ err }, "change listener failed");
    }
  }
}

async function connect(isReconnect: boolean): Promise<void> {
  if (hub.client || hub.connecting) return;
  hub.connecting = true;
  const client = new pg.Client({ connectionString: env().DATABASE_URL, keepAlive: true });
  const retry = () => {
    if (hub.client === client) hub.client = null;
    client.removeAllListeners();
    client.end().catch(() => {});
    if (hub.listeners.size === 0) return;
    const wait = hub.retryMs;
    hub.retryMs = Math.min(hub.retryMs * 2, 30_000);
    setTimeout(() => void connect(true), wait).unref();
  };
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    client.on("notification", (message) => {
      if (!message.payload) return;
      try {
        emit(JSON.parse(message.payload) as Change);
      } catch {
        log.warn({ payload: message.payload }, "ignored malformed change notification");
      }
    });
    client.on("error", (err) => {
      log.warn({ err }, "change listener connection lost; reconnecting");
      retry();
    });
    client.on("end", retry);
    hub.client = client;
    hub.retryMs = 500;
    // Changes made while we were disconnected were missed: tell subscribers to refetch.
    if (isReconnect) emit({ orgId: "*", topic: "*", id: "*", kind: "resync" });
  } catch (err) {
    log.warn({ err }, "could not listen for changes; retrying");
    hub.connecting = false;
    retry();
    return;
  }
  hub.connecting = false;
}

/** Calls `listener` for every change committed by any instance; returns the unsubscribe function. */
export function subscribeChanges(listener: Listener): () => void {
  hub.listeners.add(listener);
  void connect(false);
  return () => {
    hub.listeners.delete(listener);
  };
}

/** Resolves once this process is listening (tests and benchmarks wait for it before publishing). */
export async function listening(timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!hub.client) {
    if (Date.now() > deadline) throw new Error("not listening for changes");
    await new Promise((r) => setTimeout(r, 20));
  }
}
