import "server-only";
import { subscribeChanges } from "@/lib/realtime/changes";
import { formatSse, SSE_HEARTBEAT } from "./sse";

// Proxies and load balancers close idle connections; a comment line every 15 s keeps it open.
const HEARTBEAT_MS = 15_000;

/**
 * A server-sent event stream of this incident's changes, fed by PostgreSQL LISTEN/NOTIFY so a
 * change made on any instance arrives here. Events carry only the kind: the client refetches
 * through the access-checked API, so nothing private travels on the stream.
 */
export function incidentEventStream(orgId: string, incidentId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  return changeEventStream(orgId, "incident", incidentId, signal);
}

/** The same for any record published with `publishChange` under `topic` (e.g. a post-mortem). */
export function changeEventStream(orgId: string, topic: string, id: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribeChanges((c) => {
        if (c.kind === "resync" || (c.orgId === orgId && c.topic === topic && c.id === id)) send(formatSse("change", { kind: c.kind }));
      });
      const heartbeat = setInterval(() => send(SSE_HEARTBEAT), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      signal.addEventListener("abort", () => cleanup(), { once: true });
      send(formatSse("ready", { [`${topic}Id`]: id }));
    },
    cancel() {
      cleanup();
    },
  });
}
