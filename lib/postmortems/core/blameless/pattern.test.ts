import { describe, expect, it } from "vitest";
import { compilePattern, lowerSameLength, parsePattern, PatternError } from "./pattern";

const ctx = { person: "(?:alice)" };

function matches(pattern: string, text: string): string[] {
  const re = compilePattern(parsePattern(pattern), ctx);
  const lower = lowerSameLength(text);
  return [...lower.matchAll(re)].map((m) => {
    const [s, e] = m.indices?.groups?.["hl"] ?? m.indices?.[0] ?? [0, 0];
    return text.slice(s, e);
  });
}

describe("pattern language", () => {
  it("matches whole words only, with ' matching ’", () => {
    expect(matches("blame", "blameless blame-free blame unblame")).toEqual(["blame"]);
    expect(matches("should've known", "you should’ve known")).toEqual(["should’ve known"]);
  });

  it("joins words across spaces, emphasis and one line break but not a paragraph", () => {
    expect(matches("human error", "human  **error**")).toEqual(["human  **error"]);
    expect(matches("human error", "human\nerror")).toEqual(["human\nerror"]);
    expect(matches("human error", "human\n\nerror")).toEqual([]);
  });

  it("supports alternatives, quantifiers, negation and highlight", () => {
    expect(matches("(a|b c) d", "b c d")).toEqual(["b c d"]);
    expect(matches("very? bad", "bad, very bad")).toEqual(["bad", "very bad"]);
    expect(matches("[failed] !over", "failed over, failed hard")).toEqual(["failed"]);
    expect(matches("{word}* [x]", "a b x")).toEqual(["x"]);
    expect(matches("{*ly} broke", "quickly broke, only broke, broke")).toEqual(["quickly broke", "only broke"]);
  });

  it("{person}'s matches possessives and {start} anchors to sentences", () => {
    expect(matches("[{person}'s] fault", "alice’s fault")).toEqual(["alice’s"]);
    expect(matches("{start} had", "Had it. We had it. (had)\n- had")).toEqual(["Had", "had", "had"]);
  });

  it("punctuation attaches without a space", () => {
    expect(matches("[had {word}] ,", "had lunch, then")).toEqual(["had lunch"]);
  });

  it.each([
    ["(a|b", /Unclosed \(/],
    ["[a", /Unclosed \[/],
    ["a ]", /Unexpected "\]"/],
    ["{foo}", /Unknown placeholder/],
    ["a?", /can match nothing/],
    ["(a|b?)", /alternative can match nothing/],
    ["[a] [b]", /Only one/],
    ["([a])", /cannot be inside/],
    ["{start}?", /cannot have a quantifier/],
    ["!a? b", /cannot have a quantifier/],
    ["a.b", /Unexpected character/],
    ["{start}", /can match nothing/],
  ])("rejects %s", (pattern, message) => {
    expect(() => parsePattern(pattern)).toThrow(PatternError);
    expect(() => parsePattern(pattern)).toThrow(message);
  });

  it("lower-cases without changing length", () => {
    const s = "İstanbul ÄÖÜ";
    expect(lowerSameLength(s)).toHaveLength(s.length);
    expect(lowerSameLength("ÄB")).toBe("äb");
  });
});
