import { z } from "zod";

/** An IANA time zone the running Node.js knows, such as Europe/Paris or UTC. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Give an IANA time zone such as Europe/Paris or UTC.");
