import "server-only";
import { listening, subscribeChanges, type Change } from "@/lib/realtime/changes";
import { formatSse, SSE_HEARTBEAT } from "../realtime/sse";

// Proxies and load balancers close idle connections; a comment line every 15 s keeps it open.
const HEARTBEAT_MS = 15_000;

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no",
};

/**
 * A server-sent event stream of the changes `wanted` picks, fed by PostgreSQL LISTEN/NOTIFY so
 * a change made on any instance arrives here. Events carry only the kind: the client refetches
 * through the access-checked API, so nothing private travels on the stream. `ready` is sent
 * once this process is listening, so a client refetching on `ready` misses nothing.
 */
function changeStream(
  wanted: (c: Change) => boolean,
  ready: Record<string, unknown>,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
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
        if (c.kind === "resync" || wanted(c)) send(formatSse("change", { kind: c.kind }));
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
      // If LISTEN is not up in time the stream still opens; the client's refetch on "ready" and
      // the "resync" sent once the connection comes up cover the gap.
      void listening()
        .catch(() => {})
        .then(() => send(formatSse("ready", ready)));
    },
    cancel() {
      cleanup();
    },
  });
}

/** One incident's changes. */
export const incidentEventStream = (orgId: string, incidentId: string, signal: AbortSignal) =>
  changeEventStream(orgId, "incident", incidentId, signal);

/** The same for any record published with `publishChange` under `topic` (e.g. a post-mortem). */
export const changeEventStream = (orgId: string, topic: string, id: string, signal: AbortSignal) =>
  changeStream((c) => c.orgId === orgId && c.topic === topic && c.id === id, { [`${topic}Id`]: id }, signal);

/** Every incident change in the organization: declarations, status, severity, roles… for lists and dashboards. */
export const organizationIncidentStream = (orgId: string, signal: AbortSignal) =>
  changeStream((c) => c.orgId === orgId && c.topic === "incident", { orgId }, signal);
