import type { Rule } from "./types";

// The default blameless-language rules. This file is data: plain JSON-serialisable objects
// validated by ruleSetSchema (see rules.test.ts). The constants below are only shared
// pattern fragments so the rules stay readable; see ./pattern.ts for the pattern language.
//
// Design choices (keep false positives low: a noisy checker gets switched off):
// - Fault words are flagged wherever they appear, except ones that are also technical
//   vocabulary ("lazy loading") or routinely negated ("no one is to blame").
// - "failed to", "should have checked", "ignored", "missed"… are flagged only when a person is
//   the subject: "the deploy failed to start" and "the alert should have fired" describe a
//   system not meeting an expectation, which is exactly what a post-mortem should say.
//   "should have known/realised/noticed" judge a person's mind, so they are always flagged.
// - person-subject rules need a known name (CheckOptions.people) or an @mention; pronoun and
//   role subjects ("he", "the on-call engineer") are covered by the fault-word rules.
// - Counterfactuals are flagged whatever their subject: "if only the alert had fired" is still
//   hindsight about a world that did not happen.

/** A person as the subject of a clause: a known name or @mention, a pronoun, or a role. */
const PERSON =
  "({person}|i|we|you|he|she|someone|somebody|the {word}? (engineer|engineers|developer|developers|dev|devs|operator|operators|on-call|oncall|on-caller|responder|responders|reviewer|reviewers|author|admin|administrator|sre|sres|team|intern|contractor|person|dba|manager|commander|lead) (on call|on-call)?)";
/** As PERSON, without first-person pronouns: "we missed the signal" is ordinary blameless prose. */
const OTHER_PERSON =
  "(he|she|you|someone|somebody|the {word}? (engineer|engineers|developer|developers|dev|devs|operator|operators|on-call|oncall|on-caller|responder|responders|reviewer|reviewers|author|admin|administrator|sre|sres|team|intern|contractor|person|dba|manager|commander|lead) (on call|on-call)?)";
/** Words that may sit between a subject and its verb: "Alice had accidentally then…". */
const ADV =
  "({*ly}|then|also|again|just|never|already|still|later|eventually|somehow|apparently|once|had|has|have|did)*";
const SHOULD_HAVE = "(should have|should've|shouldve|ought to have)";
const PARTICIPLE =
  "({*ed}|{*en}|not|known|seen|done|been|gone|run|taken|caught|kept|made|sent|spent|set|put|read|paid|shown|heard|built|got|understood|brought|thought|told|found|left|held|let)";
const FAILURE_VERB =
  "(broke|broken|caused|forgot !to|forgotten|missed|ignored|failed !(over|back|to)|misconfigured|overlooked|neglected !to|mistyped|fat-fingered|botched|bungled|messed up|screwed up|took down|brought down|knocked over|skipped|bypassed|disregarded)";

export const DEFAULT_RULES: readonly Rule[] = [
  // ----------------------------------------------------------------------------- fault-word
  {
    id: "fault-word/careless",
    kind: "fault-word",
    patterns: [
      "(careless|carelessly|carelessness|negligent|negligently|negligence|sloppy|sloppily|sloppiness|reckless|recklessly|recklessness|irresponsible|irresponsibly|inattentive|inattention|laziness)",
      // "lazy" is also technical vocabulary: lazy loading, lazy evaluation, a lazy iterator…
      "[lazy] !(loading|load|loaded|loader|evaluation|eval|initialization|initialisation|init|instantiation|fetch|fetching|import|imports|iterator|iteration|sequence|mode|deletion|expiration|expiry|cache|caching|migration|migrations|write|writes|property|module|modules|route|routes|component|components|hydration|rendering|binding|bindings|singleton|list|lists|stream|streams|val|var)",
      "(not|wasn't|weren't|was not|were not) paying attention",
      "asleep at the wheel",
    ],
    message:
      "This judges a person's character instead of describing what happened, and it discourages honest accounts.",
    suggestion:
      'Describe the action and the conditions around it (time pressure, tooling, missing guard-rails), e.g. "the command ran against production because both contexts look identical".',
  },
  {
    id: "fault-word/competence",
    kind: "fault-word",
    patterns: [
      "(stupid|stupidity|idiot|idiots|idiotic|moron|moronic|incompetent|incompetence|incompetently|clueless|boneheaded|amateurish)",
      "(dumb|silly|rookie|amateur|careless|stupid) (mistake|mistakes|error|errors|move|decision)",
      "amateur hour",
      "any (competent|reasonable|decent|good|experienced|sane) (engineer|developer|operator|person|sre|admin)",
    ],
    message: "Questioning someone's competence shuts down learning: people stop sharing what really happened.",
    suggestion:
      'Explain why the action made sense at the time with the information available, e.g. "the runbook did not mention that the flag also affects replicas".',
  },
  {
    id: "fault-word/human-error",
    kind: "fault-word",
    patterns: ["human (error|errors|mistake|mistakes)", "(operator|user|pilot) error", "pebkac"],
    message: '"Human error" names who, not why: it ends the investigation where it should start.',
    suggestion:
      'Name the gap in the system that let the action cause harm, e.g. "the CLI accepted a production target without confirmation".',
  },
  {
    id: "fault-word/should-have-known",
    kind: "fault-word",
    patterns: [
      `[${SHOULD_HAVE} (known|realized|realised|noticed|remembered|understood|foreseen|anticipated|thought|known better|paid attention)]`,
      `[${SHOULD_HAVE} been (more|extra)? (careful|cautious|attentive|aware|vigilant|diligent)]`,
    ],
    message:
      "Saying what someone should have known or noticed is hindsight: it judges them with information they did not have.",
    suggestion:
      'Describe what the person knew and saw at the time, and why the system did not surface the rest, e.g. "the dashboard did not show replica lag".',
  },
  {
    id: "fault-word/should-have",
    kind: "fault-word",
    patterns: [
      `${PERSON} ${ADV} [${SHOULD_HAVE} (checked|double-checked|verified|tested|caught|seen|spotted|looked|read|asked|reviewed|confirmed|validated|followed|escalated|waited|rolled back|reverted|stopped)]`,
      `${PERSON} ${ADV} [(should not have|shouldn't have|should never have|ought not to have|should've never) (deployed|pushed|merged|run|ran|restarted|deleted|changed|touched|approved|ignored|disabled|skipped|bypassed|shipped|released|applied|dropped|removed|killed|rebooted|trusted)]`,
    ],
    message: "Telling a person what they should have done judges them against an outcome they could not see.",
    suggestion:
      'State what was done and what in the process would have made the other path the easy one, e.g. "the deploy checklist has no step to verify the target cluster".',
  },
  {
    id: "fault-word/failed-to",
    kind: "fault-word",
    patterns: [`${PERSON} ${ADV} [failed to]`],
    message: '"Failed to" with a person as subject frames a gap in the system as that person\'s failure.',
    suggestion: 'Say "did not", and add what made the step easy to miss (no alert, no checklist item, no automation).',
    replacement: "did not",
  },
  {
    id: "fault-word/forgot-to",
    kind: "fault-word",
    patterns: ["(forgot|neglected) to", "(didn't|did not) (bother|care) to", "(couldn't|could not) be bothered to"],
    message: "This implies the person was at fault for a step the process relied on them to remember.",
    suggestion:
      'Say "did not", and add why the step depended on memory, e.g. "the step is not in the runbook or automated".',
    replacement: "did not",
  },
  {
    id: "fault-word/lapse",
    kind: "fault-word",
    patterns: [`${OTHER_PERSON} ${ADV} [(forgot !to|forgotten !to|overlooked|ignored|missed|disregarded)]`],
    message:
      "This makes a person's lapse the cause; lapses are normal, so the question is why the system depended on no lapse.",
    suggestion:
      'Describe the signal and why it did not stand out, e.g. "the alert fired in a channel with 40 other alerts that hour".',
  },
  {
    id: "fault-word/blame",
    kind: "fault-word",
    patterns: [
      "(blame|blamed|blames|blaming|blameworthy)",
      "at fault",
      `[(the)? fault of] ${PERSON}`,
      "(whose|his|her|their|my|our|your) fault",
    ],
    unlessPrecededBy: ["(no|not|nobody|no one|without|never|don't|doesn't|do not|does not|avoid|avoiding|git)"],
    message: "Assigning blame or fault tells readers the goal is finding a culprit, not understanding the system.",
    suggestion: 'Describe contributing factors instead, e.g. "contributing factors included…".',
  },
  {
    id: "fault-word/messed-up",
    kind: "fault-word",
    patterns: [
      "(screwed|messed|fouled) up",
      "(screw-up|screw-ups|screwup|screwups|mess-up)",
      "dropped the ball",
      "(botched|bungled|fumbled|goofed|blundered|blunder|blunders)",
      "(fat-fingered|fat-finger|fat fingered|fat finger|fat-fingering)",
    ],
    message: "This judges the action as a personal failure instead of saying what actually happened.",
    suggestion:
      'Say concretely what happened, e.g. "the command was run with the wrong cluster name", and what allowed it.',
  },
  {
    id: "fault-word/minimizing",
    kind: "fault-word",
    patterns: [
      "(just|simply) (had|needed) to",
      "all (he|she|they|you|someone|it) (had|needed) to do (was|is)",
      "should (just|simply) have",
      `${SHOULD_HAVE} (just|simply)`,
    ],
    message: '"Just" makes the action sound trivial, implying the person was at fault for not doing it.',
    suggestion:
      "Drop the minimising word and describe what the action actually required at the time (steps, access, knowledge).",
  },
  {
    id: "fault-word/hindsight",
    kind: "fault-word",
    patterns: [
      "obviously",
      "(it was|it's|it is|was|were) (so|very|quite|pretty)? obvious",
      `${SHOULD_HAVE} been (obvious|clear)`,
      "[clearly] (should|ought)",
    ],
    message:
      "Calling something obvious is hindsight: it was not obvious to the people in the incident, or they would have acted on it.",
    suggestion:
      'Remove the judgement and state what information was available then, e.g. "the error rate graph showed…".',
  },

  // ------------------------------------------------------------------------- counterfactual
  {
    id: "counterfactual/if-only",
    kind: "counterfactual",
    patterns: ["[if only {word}+ (had|hadn't|were|weren't|was|wasn't|would|could|did|didn't|knew)]"],
    message: '"If only" describes a world that did not happen instead of explaining the one that did.',
    suggestion:
      "Describe what actually happened and why it made sense at the time; put the improvement in an action item.",
  },
  {
    id: "counterfactual/had-inverted",
    kind: "counterfactual",
    patterns: [`{start} [had !(to|been) {word}* ${PARTICIPLE} {word}*] ,`],
    message: 'A "had X …" clause describes what did not happen; it invites judging people against hindsight.',
    suggestion:
      'Describe what did happen and why, e.g. "The rollback started at 14:40, after the error rate was confirmed".',
  },
  {
    id: "counterfactual/prevented",
    kind: "counterfactual",
    patterns: [
      "[(could|would|might) (easily)? have (easily)? (prevented|avoided|averted|stopped|caught)]",
      "[(could've|would've|might've) (easily)? (prevented|avoided|averted|stopped|caught)]",
      "[(could|would|might) have been (easily)? (prevented|avoided|averted|caught)]",
      "(was|were|is|are|been) {*ly}? [(preventable|avoidable)]",
    ],
    message:
      "What could have prevented the incident is a counterfactual: it is easy to see afterwards and hides why it was missed.",
    suggestion:
      'Describe the missing safeguard as a fact and an action item, e.g. "there is no staging soak for config changes (action: add one)".',
  },
  {
    id: "counterfactual/if-had",
    kind: "counterfactual",
    patterns: [
      "[(would|could) (not|never) have (happened|occurred|been (a problem|an issue|possible)) (if|had)]",
      "[(wouldn't|couldn't) have (happened|occurred|been (a problem|an issue)) (if|had)]",
      "[if !only {word}+ (had|hadn't) !to (not)? {word}] {word}* ,? {word}* ((would|could|might|wouldn't|couldn't) (have|not|never)|would've|could've|might've)",
    ],
    message: "This counterfactual describes an alternative past instead of explaining why events unfolded as they did.",
    suggestion:
      "State what happened and the condition that allowed it; list the change that would help as an action item.",
  },

  // ------------------------------------------------------------------------- person-subject
  {
    id: "person-subject/failure-verb",
    kind: "person-subject",
    patterns: [
      `[{person} ${ADV} ${FAILURE_VERB}]`,
      `[{person} ${ADV} (accidentally|mistakenly|inadvertently|carelessly|wrongly|incorrectly|unintentionally) {word}]`,
      `[{person} ${ADV} (deleted|dropped|wiped|truncated|removed|destroyed|killed|overwrote|overwritten|nuked|erased|purged)] (the|a|an|all|our)? (wrong|production|prod|live|primary|entire|whole|customer|customers|critical|main|master)`,
      `[{person} ${ADV} (pushed|deployed|shipped|merged|applied|committed|released|rolled out|introduced|ran|approved|wrote) (a|an|the|some)? (bad|broken|faulty|wrong|incorrect|buggy|untested|bogus|invalid|unreviewed) {word}?]`,
      `[{person} ${ADV} (made|introduced) (a|an|the) {word}? (mistake|error|blunder|typo|slip)]`,
      "[(broken|caused|deleted|misconfigured|missed|ignored|overlooked|botched|introduced) by {person}]",
      "[{person}'s {word}? (change|changes|commit|deploy|deployment|push|pr|config|configuration|script|query|migration|code|patch) (broke|caused|took down|brought down)]",
    ],
    message:
      "Making a named person the subject of a failure puts the person, not the system, at the centre of the story.",
    suggestion:
      'Make the action or system the subject, e.g. "a configuration change deployed at 14:02 removed the rate limit", and describe what allowed it.',
  },
  {
    id: "person-subject/possessive-blame",
    kind: "person-subject",
    patterns: [
      "[{person}'s (mistake|mistakes|error|errors|fault|blunder|screw-up|screwup|oversight|negligence|carelessness|slip|slip-up|failure|bad)]",
      "[(mistake|error|fault|blunder|oversight|slip-up) (by|of|on the part of) {person}]",
    ],
    message: "Attributing the mistake to a named person turns the review into a judgement of them.",
    suggestion:
      'Describe the action and its context without an owner, e.g. "the migration was run before the backfill finished because…".',
  },
];
