import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { checkBlameless, DEFAULT_RULES, ruleSchema, ruleSetSchema, type Rule } from "@/lib/postmortems/core/blameless";

const custom: Rule[] = [
  {
    id: "acme/hero-culture",
    kind: "fault-word",
    patterns: ["(rockstar|rockstars|ninja|ninjas)", "[saved the day]"],
    message: "Hero language hides the system gaps that required heroics.",
    suggestion: "Describe what the responder did and what made it necessary.",
  },
  {
    id: "acme/named-rollback",
    kind: "person-subject",
    patterns: ["[{person} {*ly}? (panicked|froze)]"],
    message: "Describing a person's state makes them the story.",
    suggestion: "Describe what information the responder had at that moment.",
    replacement: "the responder paused",
  },
];

describe("rule data", () => {
  it("the default rules are valid under the schema", () => {
    expect(ruleSetSchema.safeParse(DEFAULT_RULES).success).toBe(true);
  });

  it("the default rules survive a JSON round trip (they are plain data)", () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_RULES)) as unknown;
    const parsed = ruleSetSchema.parse(copy);
    const text = "It was human error; @bob broke prod.";
    expect(checkBlameless(text, { rules: parsed })).toEqual(checkBlameless(text));
  });

  it("has stable, unique ids with the kind as prefix", () => {
    for (const rule of DEFAULT_RULES) expect(rule.id.startsWith(`${rule.kind}/`)).toBe(true);
    expect(new Set(DEFAULT_RULES.map((r) => r.id)).size).toBe(DEFAULT_RULES.length);
  });
});

describe("custom rule sets", () => {
  it("honours a custom rule set passed as data, instead of the defaults", () => {
    const rules = ruleSetSchema.parse(JSON.parse(JSON.stringify(custom)));
    const text = "Our rockstar SRE saved the day, despite the human error. Then Alice quickly panicked.";
    const flags = checkBlameless(text, { rules, people: ["Alice"] });
    expect(flags.map((f) => [f.rule, text.slice(f.start, f.end), f.replacement])).toEqual([
      ["acme/hero-culture", "rockstar", undefined],
      ["acme/hero-culture", "saved the day", undefined],
      ["acme/named-rollback", "Alice quickly panicked", "The responder paused"],
    ]);
    // "human error" is a default rule, not part of this set
    expect(flags.some((f) => f.rule.startsWith("fault-word/"))).toBe(false);
  });

  it("can extend the defaults", () => {
    const flags = checkBlameless("A ninja fix for a human error.", { rules: [...DEFAULT_RULES, ...custom] });
    expect(flags.map((f) => f.rule)).toEqual(["acme/hero-culture", "fault-word/human-error"]);
  });

  it("honours unlessPrecededBy", () => {
    const rules: Rule[] = [
      {
        id: "x/hero",
        kind: "fault-word",
        patterns: ["hero"],
        unlessPrecededBy: ["(no|not)"],
        message: "m",
        suggestion: "s",
      },
    ];
    expect(checkBlameless("We need no more hero work.", { rules })).toEqual([]);
    expect(checkBlameless("A hero stayed up all night.", { rules })).toHaveLength(1);
    // the exception does not reach into the previous sentence
    expect(checkBlameless("That is not ideal. A hero stayed up.", { rules })).toHaveLength(1);
  });
});

describe("invalid rule sets are rejected", () => {
  const valid = { id: "x/y", kind: "fault-word", patterns: ["hero"], message: "m", suggestion: "s" };
  const invalid: [string, unknown][] = [
    ["an empty set", []],
    ["not an array", { rules: [valid] }],
    ["a missing message", [{ ...valid, message: undefined }]],
    ["a blank suggestion", [{ ...valid, suggestion: "  " }]],
    ["an unknown kind", [{ ...valid, kind: "vibes" }]],
    ["no patterns", [{ ...valid, patterns: [] }]],
    ["an unknown field", [{ ...valid, regex: "hero" }]],
    ["an id with spaces", [{ ...valid, id: "My Rule" }]],
    ["duplicate ids", [valid, { ...valid }]],
    ["an unclosed group", [{ ...valid, patterns: ["(hero|ninja"] }]],
    ["an unknown placeholder", [{ ...valid, patterns: ["{people} broke"] }]],
    ["a pattern that can match nothing", [{ ...valid, patterns: ["(hero)?"] }]],
    ["a regex character", [{ ...valid, patterns: ["hero.*"] }]],
    ["two highlights", [{ ...valid, patterns: ["[a] [b]"] }]],
    ["a person-subject rule without {person}", [{ ...valid, kind: "person-subject", patterns: ["he broke"] }]],
  ];

  it.each(invalid)("rejects %s", (_label, data) => {
    expect(ruleSetSchema.safeParse(data).success).toBe(false);
  });

  it("reports pattern errors readably", () => {
    const result = ruleSchema.safeParse({ ...valid, patterns: ["(hero|ninja"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Unclosed \(/);
  });

  it("checkBlameless throws a ZodError for an invalid rule set", () => {
    const bad = [{ ...valid, patterns: ["{nope}"] }] as unknown as Rule[];
    expect(() => checkBlameless("hero", { rules: bad })).toThrow(ZodError);
  });
});
