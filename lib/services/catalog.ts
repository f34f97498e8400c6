import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { slugSchema } from "@/lib/orgs/service";

const linksSchema = z
  .object({
    runbook: z.string().url().optional(),
    repository: z.string().url().optional(),
    dashboard: z.string().url().optional(),
    onCall: z.string().url().optional(),
  })
  .strict();

export const createServiceSchema = z.object({
  name: z.string().trim().min(1, "Give the service a name.").max(100),
  slug: slugSchema,
  description: z.string().max(2000).default(""),
  team: z.string().trim().max(100).default(""),
  tier: z.number().int().min(1, "Tier is 1, 2 or 3.").max(3, "Tier is 1, 2 or 3.").default(2),
  links: linksSchema.default({}),
});
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

const serviceFields = { id: true, slug: true, name: true, description: true, team: true, tier: true, links: true, createdAt: true, updatedAt: true } as const;

export async function listServices(ctx: OrgContext) {
  authorize(ctx, "org:read");
  return db.service.findMany({ where: { orgId: ctx.org.id }, select: serviceFields, orderBy: [{ tier: "asc" }, { name: "asc" }] });
}

export async function getServiceBySlug(ctx: OrgContext, slug: string) {
  authorize(ctx, "org:read");
  const service = await db.service.findFirst({ where: { orgId: ctx.org.id, slug }, select: serviceFields });
  if (!service) throw notFound("Service");
  return service;
}

export async function createService(ctx: OrgContext, input: CreateServiceInput) {
  authorize(ctx, "config:write");
  const taken = await db.service.findFirst({ where: { orgId: ctx.org.id, slug: input.slug }, select: { id: true } });
  if (taken) throw conflict(`A service with the slug "${input.slug}" exists already.`);
  return db.$transaction(async (tx) => {
    const service = await tx.service.create({ data: { ...input, orgId: ctx.org.id }, select: serviceFields });
    await recordAudit(tx, ctx, { action: "service.created", entityType: "service", entityId: service.id, after: service });
    return service;
  });
}
