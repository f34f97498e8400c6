"use client";

import { useEffect, useRef } from "react";
import { parseSse } from "@/lib/realtime/sse";

/**
 * Follows a server-sent event stream of the API (`path`) and calls `onChange` for each change and
 * each (re)connection, since changes may have been missed meanwhile. fetch rather than EventSource
 * so the request can carry the X-Vigil-Org header the API needs for a browser session.
 */
export function useLiveEvents(org: string, path: string, onChange: () => void) {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(() => {
    const abort = new AbortController();
    let attempt = 0;
    const run = async () => {
      while (!abort.signal.aborted) {
        try {
          const res = await fetch(path, {
            headers: { "x-vigil-org": org, accept: "text/event-stream" },
            signal: abort.signal,
            cache: "no-store",
          });
          if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const parsed = parseSse(buffer + value);
            buffer = parsed.rest;
            for (const m of parsed.messages) {
              // On "ready" too: changes made before this stream subscribed (since the page was rendered, or while reconnecting) would otherwise be missed.
              if (m.event === "ready" || m.event === "change") latest.current();
              if (m.event === "ready") attempt = 0;
            }
          }
        } catch {
          if (abort.signal.aborted) return;
        }
        attempt += 1;
        await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** attempt, 10_000)));
      }
    };
    void run();
    return () => abort.abort();
  }, [org, path]);
}
