import { describe, expect, it } from "vitest";
import { listening } from "@/lib/realtime/changes";
import { orgWithMembers } from "@/tests/factories";
import { declareIncident } from "./declare";
import { incidentEventStream, organizationIncidentStream } from "./live";
import { addNote } from "./notes";
import { parseSse, type SseMessage } from "../realtime/sse";

/** Reads a stream until its first `change` event (or its end). */
async function untilFirstChange(stream: ReadableStream<Uint8Array>, abort: AbortController): Promise<SseMessage[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: SseMessage[] = [];
  while (!events.some((e) => e.event === "change")) {
    const { value, done } = await reader.read();
    if (done) break;
    const parsed = parseSse(buffer + decoder.decode(value, { stream: true }));
    buffer = parsed.rest;
    events.push(...parsed.messages);
  }
  abort.abort();
  return events;
}
const changes = (events: SseMessage[]) =>
  events.filter((e) => e.event === "change").map((e) => JSON.parse(e.data) as { kind: string });

describe("live incident events", () => {
  it("streams a change event for each committed change to this incident only", async () => {
    const { members } = await orgWithMembers(["responder"]);
    const ctx = members.responder.ctx;
    const incident = await declareIncident(ctx, { title: "Live", severity: "SEV2" });
    const other = await declareIncident(ctx, { title: "Other", severity: "SEV4" });
    const abort = new AbortController();
    const events = untilFirstChange(incidentEventStream(ctx.org.id, incident.id, abort.signal), abort);
    await listening();
    await addNote(ctx, other.id, { body: "elsewhere" });
    await addNote(ctx, incident.id, { body: "here" });
    const seen = await events;
    expect(seen[0]).toEqual({ event: "ready", data: JSON.stringify({ incidentId: incident.id }) });
    expect(changes(seen)).toEqual([{ kind: "timeline.note" }]);
  });

  it("streams the organization's declarations, and none of another organization's", async () => {
    const a = await orgWithMembers(["responder"]);
    const b = await orgWithMembers(["responder"]);
    const theirs = await declareIncident(b.members.responder.ctx, { title: "Not yours", severity: "SEV1" });
    const abort = new AbortController();
    const events = untilFirstChange(organizationIncidentStream(a.org.id, abort.signal), abort);
    await listening();
    await addNote(b.members.responder.ctx, theirs.id, { body: "their note" });
    await declareIncident(a.members.responder.ctx, { title: "Yours", severity: "SEV2" });
    // The first change seen is the declaration's timeline entry, not the other organization's note.
    expect(changes(await events)).toEqual([{ kind: "timeline.declared" }]);
  });
});
