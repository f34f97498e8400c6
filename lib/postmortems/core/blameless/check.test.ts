import { describe, expect, it } from "vitest";
import { checkBlameless, type Flag } from "@/lib/postmortems/core/blameless";

const PEOPLE = ["Alice", "John", "Carol Danvers", "Dave", "Erin"];

type MustFlag = { text: string; rule: string; span: string; people?: string[] };

// Each sentence must produce a flag with this rule whose text is exactly `span`
// (the first occurrence of `span` in the sentence, so offsets are checked too).
const MUST_FLAG: MustFlag[] = [
  // fault-word
  { text: "The root cause was human error.", rule: "fault-word/human-error", span: "human error" },
  { text: "## Human error", rule: "fault-word/human-error", span: "Human error" },
  { text: "Root cause: human\nerror in the deploy job.", rule: "fault-word/human-error", span: "human\nerror" },
  { text: "The engineer was careless with the flag.", rule: "fault-word/careless", span: "careless" },
  { text: "This was pure carelessness.", rule: "fault-word/careless", span: "carelessness" },
  { text: "It was a negligent change.", rule: "fault-word/careless", span: "negligent" },
  { text: "The review was sloppy.", rule: "fault-word/careless", span: "sloppy" },
  { text: "The rollout was reckless.", rule: "fault-word/careless", span: "reckless" },
  { text: "The engineer was lazy.", rule: "fault-word/careless", span: "lazy" },
  { text: "**Careless** rollout of the new flag.", rule: "fault-word/careless", span: "Careless" },
  { text: "Whoever approved this is incompetent.", rule: "fault-word/competence", span: "incompetent" },
  { text: "The engineer made a dumb mistake.", rule: "fault-word/competence", span: "dumb mistake" },
  {
    text: "He should have known the script targets prod.",
    rule: "fault-word/should-have-known",
    span: "should have known",
  },
  {
    text: "Someone should've noticed the disk filling up.",
    rule: "fault-word/should-have-known",
    span: "should've noticed",
  },
  {
    text: "Dave should have double-checked the target.",
    rule: "fault-word/should-have",
    span: "should have double-checked",
    people: PEOPLE,
  },
  {
    text: "We should have checked the replica lag first.",
    rule: "fault-word/should-have",
    span: "should have checked",
  },
  { text: "The on-call engineer failed to acknowledge the page.", rule: "fault-word/failed-to", span: "failed to" },
  { text: "We failed to notice the lag.", rule: "fault-word/failed-to", span: "failed to" },
  { text: "She forgot to drain the node.", rule: "fault-word/forgot-to", span: "forgot to" },
  { text: "The operator didn't bother to read the runbook.", rule: "fault-word/forgot-to", span: "didn't bother to" },
  { text: "The on-call ignored the alert.", rule: "fault-word/lapse", span: "ignored" },
  { text: "Ops is to blame for the delay.", rule: "fault-word/blame", span: "blame" },
  { text: "It was the fault of the on-call engineer.", rule: "fault-word/blame", span: "the fault of" },
  { text: "Frankly, someone dropped the ball.", rule: "fault-word/messed-up", span: "dropped the ball" },
  { text: "The release was screwed up by a manual step.", rule: "fault-word/messed-up", span: "screwed up" },
  { text: "A fat-fingered command took down the API.", rule: "fault-word/messed-up", span: "fat-fingered" },
  { text: "Obviously, the config was wrong.", rule: "fault-word/hindsight", span: "Obviously" },
  { text: "They just had to restart the pod.", rule: "fault-word/minimizing", span: "just had to" },
  { text: "All she had to do was read the alert.", rule: "fault-word/minimizing", span: "All she had to do was" },
  // counterfactual
  {
    text: "If only the on-call had checked the dashboard, we'd be fine.",
    rule: "counterfactual/if-only",
    span: "If only the on-call had",
  },
  {
    text: "Had Bob rolled back sooner, the outage would have been shorter.",
    rule: "counterfactual/had-inverted",
    span: "Had Bob rolled back sooner",
  },
  {
    text: "Had we not skipped the canary, the build would have stayed in staging.",
    rule: "counterfactual/had-inverted",
    span: "Had we not skipped the canary",
  },
  { text: "A staging soak could have prevented this.", rule: "counterfactual/prevented", span: "could have prevented" },
  { text: "The incident could have been avoided.", rule: "counterfactual/prevented", span: "could have been avoided" },
  { text: "The outage was entirely preventable.", rule: "counterfactual/prevented", span: "preventable" },
  {
    text: "The outage would not have happened if the flag had a default.",
    rule: "counterfactual/if-had",
    span: "would not have happened if",
  },
  {
    text: "If the on-call had paged the DBA, we would have recovered sooner.",
    rule: "counterfactual/if-had",
    span: "If the on-call had paged",
  },
  // person-subject: names given via `people`, and @mentions
  { text: "Alice broke prod.", rule: "person-subject/failure-verb", span: "Alice broke", people: PEOPLE },
  { text: "- Alice missed the page.", rule: "person-subject/failure-verb", span: "Alice missed", people: PEOPLE },
  {
    text: "> Alice broke prod during the freeze.",
    rule: "person-subject/failure-verb",
    span: "Alice broke",
    people: PEOPLE,
  },
  {
    text: "Carol accidentally deleted the namespace.",
    rule: "person-subject/failure-verb",
    span: "Carol accidentally deleted",
    people: PEOPLE,
  },
  {
    text: "Carol Danvers misconfigured the load balancer.",
    rule: "person-subject/failure-verb",
    span: "Carol Danvers misconfigured",
    people: PEOPLE,
  },
  { text: "@bob deployed the bad config.", rule: "person-subject/failure-verb", span: "@bob deployed the bad config" },
  { text: "The outage was caused by @erin.", rule: "person-subject/failure-verb", span: "caused by @erin" },
  {
    text: "Erin's commit broke checkout.",
    rule: "person-subject/failure-verb",
    span: "Erin's commit broke",
    people: PEOPLE,
  },
  {
    text: "Alice carelessly broke prod.",
    rule: "person-subject/failure-verb",
    span: "Alice carelessly broke",
    people: PEOPLE,
  },
  { text: "It was John's mistake.", rule: "person-subject/possessive-blame", span: "John's mistake", people: PEOPLE },
  { text: "It was Alice’s fault.", rule: "person-subject/possessive-blame", span: "Alice’s fault", people: PEOPLE },
  {
    text: "@bob.smith's error took the API down.",
    rule: "person-subject/possessive-blame",
    span: "@bob.smith's error",
  },
  // offsets after multi-byte characters (surrogate pairs and ZWJ sequences come before the flag)
  { text: "🔥🔥 Then @dave ignored the alert.", rule: "person-subject/failure-verb", span: "@dave ignored" },
  { text: "👩‍💻 on call: 🚨 human error 🚨", rule: "fault-word/human-error", span: "human error" },
  { text: "Ünïcödé prëlüde — the engineer forgot to check.", rule: "fault-word/forgot-to", span: "forgot to" },
  {
    text: "Łukasz ignored the alert.",
    rule: "person-subject/failure-verb",
    span: "Łukasz ignored",
    people: ["Łukasz"],
  },
  { text: "İİ İlker broke prod; human error.", rule: "fault-word/human-error", span: "human error", people: ["İlker"] },
  {
    text: "İİ İlker broke prod; human error.",
    rule: "person-subject/failure-verb",
    span: "İlker broke",
    people: ["İlker"],
  },
  // Markdown around the flag does not hide it
  {
    text: "Ran `kubectl apply` and the engineer forgot to check the context.",
    rule: "fault-word/forgot-to",
    span: "forgot to",
  },
  { text: "```\nlog line\n```\n\nThe review was sloppy.", rule: "fault-word/careless", span: "sloppy" },
  {
    text: "See [the runbook](https://example.com/x); obviously it was stale.",
    rule: "fault-word/hindsight",
    span: "obviously",
  },
  {
    text: "- step one\n\n    Alice broke the node.",
    rule: "person-subject/failure-verb",
    span: "Alice broke",
    people: PEOPLE,
  },
];

// Sentences that must produce no flag at all.
const MUST_NOT_FLAG: { text: string; people?: string[] }[] = [
  // system subjects and system expectations
  { text: "The deploy failed at 14:02." },
  { text: "The rollback failed to complete." },
  { text: "The health check failed to detect the stale replica." },
  { text: "The alert should have fired but the threshold was too high." },
  { text: "The linter should have caught the typo." },
  { text: "The deploy should have been blocked by CI." },
  { text: "Replication lag caused the outage." },
  { text: "The default config is faulty." },
  { text: "The database team failed over the cluster." },
  // words inside other words, and technical uses
  { text: "We need to justify the extra capacity." },
  { text: "This is a blameless review." },
  { text: "Blame-free reviews work better." },
  { text: "The careless_mode flag defaulted to true." },
  { text: "The service uses lazy loading for configuration." },
  { text: "The lazy iterator ran out of items." },
  { text: "The script just exited." },
  { text: "Adjusting the threshold was just fine." },
  { text: "The nightly job had to restart, so we waited." },
  { text: "Had a brief outage, then recovered." },
  { text: "If the alert fires, page the on-call." },
  { text: "We should add a pre-deploy check." },
  // negated blame
  { text: "We do not blame individuals." },
  { text: "No one is to blame." },
  { text: "It's not their fault." },
  // Markdown code, URLs, HTML
  { text: "Run `git blame` to find the commit." },
  { text: "The log said `user forgot to set FLAG`." },
  { text: "```\nERROR: human error detected, operator forgot to retry\n```" },
  { text: "~~~text\nAlice broke prod\n~~~", people: PEOPLE },
  { text: "Some prose.\n\n    Alice broke the node.\n\nAfter.", people: PEOPLE },
  { text: "See https://example.com/careless-config for details." },
  { text: "Read the [runbook](https://wiki.example.com/just-had-to-restart) first." },
  { text: "<code>the engineer forgot to</code> is the log line." },
  { text: "<!-- TODO: was this human error? -->The pager fired." },
  // people doing ordinary things; unknown names; emails are not mentions
  { text: "Alice restored service at 14:30.", people: PEOPLE },
  { text: "Alice deployed the fix.", people: PEOPLE },
  { text: "Alice failed over the primary to the replica.", people: PEOPLE },
  { text: "Alice was ignored by the bot.", people: PEOPLE },
  { text: "Alice's dashboard showed the spike first.", people: PEOPLE },
  { text: "@bob paged the database team." },
  { text: "Bob broke prod." },
  { text: "Emails to dave@example.com ignored the filter." },
  { text: "We missed the early signal because the dashboard was cached." },
];

function spans(text: string, flags: Flag[]): string[] {
  return flags.map((f) => `${f.rule}: ${JSON.stringify(text.slice(f.start, f.end))}`);
}

describe("checkBlameless: must flag", () => {
  it.each(MUST_FLAG)("$rule: $text", ({ text, rule, span, people }) => {
    const flags = checkBlameless(text, people ? { people } : {});
    const start = text.indexOf(span);
    expect(start, "test data: span must occur in text").toBeGreaterThanOrEqual(0);
    const flag = flags.find((f) => f.start === start && f.end === start + span.length);
    expect(flag, `flags were ${JSON.stringify(spans(text, flags))}`).toBeDefined();
    expect(flag?.rule).toBe(rule);
    expect(flag?.kind).toBe(rule.split("/")[0]);
    expect(flag?.message.trim().length).toBeGreaterThan(0);
    expect(flag?.suggestion.trim().length).toBeGreaterThan(0);
  });

  it("covers every default rule at least once", async () => {
    const { DEFAULT_RULES } = await import("@/lib/postmortems/core/blameless");
    const covered = new Set(MUST_FLAG.map((c) => c.rule));
    expect(DEFAULT_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe("checkBlameless: must not flag", () => {
  it.each(MUST_NOT_FLAG)("$text", ({ text, people }) => {
    const flags = checkBlameless(text, people ? { people } : {});
    expect(spans(text, flags)).toEqual([]);
  });
});

describe("checkBlameless: results", () => {
  it("returns UTF-16 offsets that slice the original text after emoji", () => {
    const text = "🚨🚨🚨 The root cause was human error.";
    const [flag] = checkBlameless(text);
    expect(flag).toBeDefined();
    expect(flag?.start).toBe(text.indexOf("human error"));
    expect(text.slice(flag?.start, flag?.end)).toBe("human error");
    // 3 emoji are 6 UTF-16 code units: the offset is not a code-point index
    expect(flag?.start).toBe([..."🚨🚨🚨 The root cause was "].length + 3);
  });

  it("sorts flags by start", () => {
    const text = "Obviously it was sloppy: the engineer forgot to check, and it was human error.";
    const flags = checkBlameless(text);
    expect(spans(text, flags)).toEqual([
      'fault-word/hindsight: "Obviously"',
      'fault-word/careless: "sloppy"',
      'fault-word/forgot-to: "forgot to"',
      'fault-word/human-error: "human error"',
    ]);
  });

  it("keeps the longest of overlapping flags", () => {
    // "carelessly" (fault-word) is inside "Alice carelessly broke" (person-subject)
    const text = "Alice carelessly broke prod.";
    const flags = checkBlameless(text, { people: ["Alice"] });
    expect(spans(text, flags)).toEqual(['person-subject/failure-verb: "Alice carelessly broke"']);
    // without people the fault word is still flagged on its own
    expect(spans(text, checkBlameless(text))).toEqual(['fault-word/careless: "carelessly"']);
  });

  it("never returns overlapping flags", () => {
    const text =
      "If only Alice had not been so careless; Alice's mistake, obviously, was human error that @bob should have known about.";
    const flags = checkBlameless(text, { people: ["Alice"] });
    expect(flags.length).toBeGreaterThan(3);
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
  });

  it("offers a mechanical replacement that matches the span's capitalisation", () => {
    const lower = checkBlameless("The engineer forgot to drain the node.");
    expect(lower[0]?.replacement).toBe("did not");
    const upper = checkBlameless("Forgot to drain the node.");
    expect(upper[0]?.replacement).toBe("Did not");
    const failed = checkBlameless("We failed to page the DBA.");
    expect(failed[0]?.replacement).toBe("did not");
    // hint-only rules carry no replacement
    expect(checkBlameless("It was human error.")[0]?.replacement).toBeUndefined();
  });

  it("matches case-insensitively", () => {
    expect(checkBlameless("HUMAN ERROR")).toHaveLength(1);
    expect(checkBlameless("alice BROKE prod", { people: ["Alice"] })[0]?.rule).toBe("person-subject/failure-verb");
  });

  it("accepts people given with an @ and ignores blank names", () => {
    const flags = checkBlameless("Dave ignored the alert.", { people: ["@Dave", " ", ""] });
    expect(flags[0]?.rule).toBe("person-subject/failure-verb");
  });

  it("finds flags in a whole post-mortem document", () => {
    const doc = [
      "# Incident 42: checkout outage",
      "",
      "## Summary",
      "",
      "At 14:02 a config change removed the rate limit. The deploy failed health checks.",
      "",
      "```bash",
      "$ kubectl rollout undo deploy/checkout # human error? no",
      "```",
      "",
      "## Contributing factors",
      "",
      "- @bob deployed the bad config without a canary.",
      "- The on-call engineer failed to acknowledge the page for 20 minutes.",
      "- If only we had a staging soak, this would have been caught.",
      "",
      "See <https://status.example.com/careless> and `git blame` output.",
    ].join("\n");
    const flags = checkBlameless(doc);
    expect(spans(doc, flags)).toEqual([
      'person-subject/failure-verb: "@bob deployed the bad config"',
      'fault-word/failed-to: "failed to"',
      'counterfactual/if-only: "If only we had"',
      'counterfactual/prevented: "would have been caught"',
    ]);
  });

  // Catastrophic backtracking would show as this test hitting Vitest's timeout; speed itself is not asserted here.
  it("handles large and adversarial input", () => {
    const paragraph =
      "If only the on-call engineer had the dashboard open, Alice said the deploy failed and @bob should have been there; had the team known more. ";
    const large = paragraph.repeat(1000); // ~150 KB
    const adversarial = `${"if only ".concat("word ".repeat(50), "had had ").repeat(200)}Alice ${"quickly ".repeat(5000)}`;
    expect(checkBlameless(large, { people: ["Alice"] })).toHaveLength(1000);
    expect(checkBlameless(adversarial, { people: ["Alice"] })).toEqual([]);
  });

  it("returns nothing for empty text", () => {
    expect(checkBlameless("")).toEqual([]);
  });
});
