// Input schemas for the admin side of status pages and the OpenAPI document. Callers (routes,
// actions) parse; the data-access functions take the parsed values, as elsewhere in Vigil.
import { z } from "zod";
import { COMPONENT_STATUSES } from "./types";
import { httpUrl } from "@/lib/core/http-url";
import { timeZoneSchema } from "@/lib/time/zones";

const url = (what: string) => httpUrl(`Give ${what} as an http(s) address.`);
const color = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Give a colour as #rrggbb, e.g. #2563eb.")
  .transform((c) => c.toLowerCase());

export const pageSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters.")
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes, e.g. acme.");

export const hostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "Give a host name such as status.example.com (no scheme, no path).",
  );

export { timeZoneSchema };

export const createStatusPageSchema = z.object({
  name: z.string().trim().min(1, "Give the page a name.").max(100),
  slug: pageSlugSchema,
  hostName: hostNameSchema.nullable().default(null),
  logoUrl: url("the logo").nullable().default(null),
  brandColor: color.default("#2563eb"),
  backgroundColor: color.default("#ffffff"),
  supportUrl: url("the support link").nullable().default(null),
  timeZone: timeZoneSchema.default("UTC"),
  published: z.boolean().default(false),
});
export type CreateStatusPageInput = z.output<typeof createStatusPageSchema>;

export const updateStatusPageSchema = z.object({
  name: z.string().trim().min(1, "Give the page a name.").max(100).optional(),
  slug: pageSlugSchema.optional(),
  hostName: hostNameSchema.nullable().optional(),
  logoUrl: url("the logo").nullable().optional(),
  brandColor: color.optional(),
  backgroundColor: color.optional(),
  supportUrl: url("the support link").nullable().optional(),
  timeZone: timeZoneSchema.optional(),
  published: z.boolean().optional(),
});
export type UpdateStatusPageInput = z.output<typeof updateStatusPageSchema>;

export const componentGroupSchema = z.object({
  name: z.string().trim().min(1, "Give the group a name.").max(100),
  description: z.string().trim().max(2000).nullable().default(null),
  position: z.number().int().min(0).default(0),
});
export type ComponentGroupInput = z.output<typeof componentGroupSchema>;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give a date as YYYY-MM-DD.")
  .transform((d) => new Date(`${d}T00:00:00.000Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "That date does not exist.");

export const componentSchema = z.object({
  name: z.string().trim().min(1, "Give the component a name.").max(100),
  description: z.string().trim().max(2000).nullable().default(null),
  groupId: z.string().nullable().default(null),
  serviceId: z.string().nullable().default(null),
  position: z.number().int().min(0).default(0),
  showcase: z.boolean().default(true),
  onlyShowIfDegraded: z.boolean().default(false),
  startDate: isoDay.nullable().default(null),
});
export type ComponentInput = z.output<typeof componentSchema>;
export const updateComponentSchema = componentSchema.partial();
export type UpdateComponentInput = z.output<typeof updateComponentSchema>;

export const componentOverrideSchema = z.object({
  status: z.enum(COMPONENT_STATUSES).nullable(),
});
export type ComponentOverrideInput = z.output<typeof componentOverrideSchema>;

const dateTime = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `Give ${what} as an ISO 8601 date and time, e.g. 2026-03-01T10:00:00Z.` })
    .transform((d) => new Date(d));

const maintenanceFields = z.object({
  name: z.string().trim().min(1, "Give the maintenance a name.").max(200),
  scheduledFor: dateTime("the start"),
  scheduledUntil: dateTime("the end"),
  componentIds: z.array(z.string()).max(200).default([]),
  body: z.string().trim().min(1, "Tell readers what will happen.").max(10_000),
});
export const createMaintenanceSchema = maintenanceFields.refine((m) => m.scheduledUntil > m.scheduledFor, {
  path: ["scheduledUntil"],
  message: "The end must be after the start.",
});
export type CreateMaintenanceInput = z.output<typeof createMaintenanceSchema>;

export const maintenanceUpdateSchema = z.object({
  // "verifying" and "completed" are manual steps; the rest follow the clock.
  status: z.enum(["verifying", "completed"]).nullable().default(null),
  body: z.string().trim().min(1, "Write the update.").max(10_000),
});
export type MaintenanceUpdateInput = z.output<typeof maintenanceUpdateSchema>;

// Public subscriptions: a form post or a JSON body from anyone, so every field is bounded.
const componentIds = z
  .array(z.string().regex(/^[0-9a-z]{12}$/, "That is not a component of this page."))
  .max(200)
  .default([]);
export const subscribeSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("email"),
      email: z
        .string()
        .trim()
        .toLowerCase()
        .max(254)
        .pipe(z.email("Give a valid email address, e.g. you@example.com.")),
      componentIds,
    }),
    z.object({ kind: z.literal("webhook"), url: url("the webhook"), componentIds }),
  ],
  { error: "Subscribe by email or by webhook." },
);
export type SubscribeInput = z.output<typeof subscribeSchema>;

export const subscriptionTokenSchema = z.string().trim().min(16, "This link is incomplete.").max(200);
