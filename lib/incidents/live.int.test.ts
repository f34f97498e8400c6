import { describe, expect, it } from "vitest";
import { listening } from "@/lib/realtime/changes";
import { orgWithMembers } from "@/tests/factories";
import { declareIncident } from "./declare";
import { incidentEventStream } from "./live";
import { addNote } from "./notes";
import { parseSse } from "./sse";

describe("live incident events", () => {
  it("streams a change event for each committed change to this incident only", async () => {
    const { members } = await orgWithMembers(["responder"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Live", severity: "SEV2" });
    const other = await declareIncident(ctx, { title: "Other", severity: "SEV4" });
    const abort = new AbortController();
    const reader = incidentEventStream(ctx.org.id, incident.id, abort.signal).getReader();
    const decoder = new TextDecoder();
    await listening();
    await addNote(ctx, other.id, { body: "elsewhere" });
    await addNote(ctx, incident.id, { body: "here" });
    let buffer = "";
    const events: { event: string; data: string }[] = [];
    while (!events.some((e) => e.event === "change")) {
      const { value, done } = await reader.read();
      if (done) break;
      const parsed = parseSse(buffer + decoder.decode(value, { stream: true }));
      buffer = parsed.rest;
      events.push(...parsed.messages);
    }
    abort.abort();
    expect(events[0]).toEqual({ event: "ready", data: JSON.stringify({ incidentId: incident.id }) });
    expect(events.filter((e) => e.event === "change").map((e) => JSON.parse(e.data) as { kind: string })).toEqual([{ kind: "timeline.note" }]);
  });
});
