import { describe, expect, it } from "vitest";
import { formatSse, parseSse, SSE_HEARTBEAT } from "./sse";

describe("server-sent events framing", () => {
  it("round-trips messages and skips heartbeats", () => {
    const text =
      formatSse("change", { kind: "updated" }) + SSE_HEARTBEAT + formatSse("change", { kind: "timeline.note" });
    expect(parseSse(text)).toEqual({
      messages: [
        { event: "change", data: '{"kind":"updated"}' },
        { event: "change", data: '{"kind":"timeline.note"}' },
      ],
      rest: "",
    });
  });

  it("keeps an unfinished message for the next chunk", () => {
    const full = formatSse("change", { a: 1 });
    const first = parseSse(full.slice(0, 10));
    expect(first.messages).toEqual([]);
    expect(parseSse(first.rest + full.slice(10)).messages).toEqual([{ event: "change", data: '{"a":1}' }]);
  });

  it("joins multi-line data and accepts CRLF", () => {
    expect(parseSse("data: a\r\ndata: b\r\n\r\n").messages).toEqual([{ event: "message", data: "a\nb" }]);
  });
});
