import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound, validationFailed } from "@/lib/errors";
import { httpUrl } from "@/lib/core/http-url";
import { slugSchema } from "@/lib/orgs/service";
import { cycleThrough } from "./core/dependencies";

const link = httpUrl("Give a full http(s) URL, like https://runbooks.example.com/checkout.");
const linksSchema = z
  .object({
    runbook: link.optional(),
    repository: link.optional(),
    dashboard: link.optional(),
    onCall: link.optional(),
  })
  .strict();

const serviceBase = z.object({
  name: z.string().trim().min(1, "Give the service a name.").max(100),
  slug: slugSchema,
  description: z.string().max(2000),
  team: z.string().trim().max(100),
  tier: z.number().int().min(1, "Tier is 1, 2 or 3.").max(3, "Tier is 1, 2 or 3."),
  links: linksSchema,
  /** Slugs of the services this one depends on; replaces the whole list when given. */
  dependsOn: z.array(slugSchema).max(100),
});

export const createServiceSchema = serviceBase.extend({
  description: serviceBase.shape.description.default(""),
  team: serviceBase.shape.team.default(""),
  tier: serviceBase.shape.tier.default(2),
  links: linksSchema.default({}),
  dependsOn: serviceBase.shape.dependsOn.default([]),
});
export type CreateServiceInput = z.input<typeof createServiceSchema>;
// A PATCH changes only what it names.
export const updateServiceSchema = serviceBase.partial().strict();
export type UpdateServiceInput = z.input<typeof updateServiceSchema>;

const serviceFields = {
  id: true,
  slug: true,
  name: true,
  description: true,
  team: true,
  tier: true,
  links: true,
  createdAt: true,
  updatedAt: true,
  dependsOn: { select: { dependency: { select: { slug: true } } } },
  dependents: { select: { service: { select: { slug: true } } } },
} as const;

type ServiceRow = Awaited<ReturnType<typeof findService>>;
/** The API shape: dependencies as slugs, both ways. */
function serviceJson({ dependsOn, dependents, ...s }: NonNullable<ServiceRow>) {
  return {
    ...s,
    dependsOn: dependsOn.map((d) => d.dependency.slug).sort(),
    dependents: dependents.map((d) => d.service.slug).sort(),
  };
}
export type ServiceJson = ReturnType<typeof serviceJson>;

const findService = (client: Tx | typeof db, ctx: OrgContext, slug: string) =>
  client.service.findFirst({ where: { orgId: ctx.org.id, slug }, select: serviceFields });

export async function listServices(ctx: OrgContext) {
  authorize(ctx, "org:read");
  const rows = await db.service.findMany({
    where: { orgId: ctx.org.id },
    select: serviceFields,
    orderBy: [{ tier: "asc" }, { name: "asc" }],
  });
  return rows.map(serviceJson);
}

export async function getServiceBySlug(ctx: OrgContext, slug: string) {
  authorize(ctx, "org:read");
  const service = await findService(db, ctx, slug);
  if (!service) throw notFound("Service");
  return serviceJson(service);
}

export async function createService(ctx: OrgContext, raw: CreateServiceInput) {
  authorize(ctx, "config:write");
  const input = createServiceSchema.parse(raw);
  const { dependsOn, ...fields } = input;
  return db.$transaction(async (tx) => {
    if (await findService(tx, ctx, input.slug))
      throw conflict(`A service with the slug "${input.slug}" exists already.`);
    const created = await tx.service.create({ data: { ...fields, orgId: ctx.org.id }, select: { id: true } });
    await setDependencies(tx, ctx, created.id, input.slug, dependsOn);
    const service = serviceJson((await findService(tx, ctx, input.slug))!);
    await recordAudit(tx, ctx, {
      action: "service.created",
      entityType: "service",
      entityId: service.id,
      after: service,
    });
    return service;
  });
}

export async function updateService(ctx: OrgContext, slug: string, raw: UpdateServiceInput) {
  authorize(ctx, "config:write");
  const { dependsOn, ...fields } = updateServiceSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await findService(tx, ctx, slug);
    if (!before) throw notFound("Service");
    if (fields.slug && fields.slug !== slug && (await findService(tx, ctx, fields.slug)))
      throw conflict(`A service with the slug "${fields.slug}" exists already.`);
    await tx.service.update({ where: { id: before.id }, data: fields });
    const newSlug = fields.slug ?? slug;
    if (dependsOn) await setDependencies(tx, ctx, before.id, newSlug, dependsOn);
    const after = serviceJson((await findService(tx, ctx, newSlug))!);
    await recordAudit(tx, ctx, {
      action: "service.updated",
      entityType: "service",
      entityId: before.id,
      before: serviceJson(before),
      after,
    });
    return after;
  });
}

/** Refused while SLIs measure the service: deleting it would delete their history. */
export async function deleteService(ctx: OrgContext, slug: string) {
  authorize(ctx, "config:write");
  return db.$transaction(async (tx) => {
    const service = await findService(tx, ctx, slug);
    if (!service) throw notFound("Service");
    const slis = await tx.sli.count({ where: { orgId: ctx.org.id, serviceId: service.id } });
    if (slis)
      throw conflict(
        `"${service.name}" has ${slis} SLI${slis === 1 ? "" : "s"} with their history; delete ${slis === 1 ? "it" : "them"} first.`,
      );
    await tx.service.delete({ where: { id: service.id } });
    await recordAudit(tx, ctx, {
      action: "service.deleted",
      entityType: "service",
      entityId: service.id,
      before: serviceJson(service),
    });
  });
}

async function setDependencies(tx: Tx, ctx: OrgContext, serviceId: string, slug: string, dependsOn: readonly string[]) {
  const wanted = [...new Set(dependsOn)];
  const found = await tx.service.findMany({
    where: { orgId: ctx.org.id, slug: { in: wanted } },
    select: { id: true, slug: true },
  });
  const missing = wanted.filter((s) => !found.some((f) => f.slug === s));
  if (missing.length)
    throw validationFailed(
      `No service with the slug ${missing.map((m) => `"${m}"`).join(", ")} in this organization.`,
      [{ path: "dependsOn", message: "Unknown service." }],
    );
  const edges = await tx.serviceDependency.findMany({
    where: { service: { orgId: ctx.org.id }, NOT: { serviceId } },
    select: { serviceId: true, dependencyId: true },
  });
  const cycle = cycleThrough(
    edges,
    serviceId,
    found.map((f) => f.id),
  );
  if (cycle) {
    const slugs = await tx.service.findMany({ where: { id: { in: cycle } }, select: { id: true, slug: true } });
    const names = cycle.map((id) => (id === serviceId ? slug : (slugs.find((s) => s.id === id)?.slug ?? id)));
    throw validationFailed(`That would make a dependency cycle: ${names.join(" → ")}.`, [
      { path: "dependsOn", message: "Dependencies cannot form a cycle." },
    ]);
  }
  await tx.serviceDependency.deleteMany({ where: { serviceId } });
  await tx.serviceDependency.createMany({ data: found.map((f) => ({ serviceId, dependencyId: f.id })) });
}
