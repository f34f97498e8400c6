import { z } from "zod";
import { checkBlameless } from "./blameless";

// POST /api/v1/postmortems/lint: the blameless checker for editors and scripts outside Vigil.
export const lintSchema = z.strictObject({
  text: z.string().max(200_000, "Send at most 200,000 characters at once."),
  /** Names of people involved; @mentions are always recognised. */
  people: z.array(z.string().trim().min(1).max(100)).max(500).optional(),
});

export function lint(input: z.input<typeof lintSchema>) {
  const { text, people } = lintSchema.parse(input);
  return {
    flags: checkBlameless(text, { people: people ?? [] }).map(({ start, end, rule, message, suggestion }) => ({
      start,
      end,
      rule,
      message,
      suggestion,
    })),
  };
}
