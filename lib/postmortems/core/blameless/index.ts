export { checkBlameless } from "./check";
export { DEFAULT_RULES } from "./rules";
export { ruleSchema, ruleSetSchema, RULE_KINDS, type CheckOptions, type Flag, type Rule, type RuleKind } from "./types";
export { parsePattern, PatternError } from "./pattern";
export { maskMarkdown } from "./markdown";
