import "server-only";
import { z } from "zod";
import { authorize, type OrgContext } from "@/lib/access/context";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { badRequest, notFound, validationFailed } from "@/lib/errors";
import { httpUrl } from "@/lib/core/http-url";
import { adminPolicy, destinationProblem } from "@/lib/outbound/request";
import { PrometheusError, testConnection } from "./client";

export const prometheusSettingsSchema = z.object({
  url: z
    .string()
    .trim()
    .pipe(
      z.union([
        z.literal(""),
        httpUrl("Give the Prometheus base URL, e.g. http://prometheus:9090 (empty to switch it off)."),
      ]),
    ),
  // Undefined keeps the stored token; "" removes it.
  bearerToken: z.string().trim().max(4000).optional(),
});
export type PrometheusSettingsInput = z.infer<typeof prometheusSettingsSchema>;

/** The token is a secret: only whether one is set ever leaves the server. */
export type PrometheusSettings = { url: string | null; bearerTokenSet: boolean };

async function load(ctx: OrgContext) {
  const org = await db.organization.findUnique({
    where: { id: ctx.org.id },
    select: { prometheusUrl: true, prometheusBearerToken: true },
  });
  if (!org) throw notFound("Organization");
  return org;
}

export async function getPrometheusSettings(ctx: OrgContext): Promise<PrometheusSettings> {
  authorize(ctx, "config:write");
  const org = await load(ctx);
  return { url: org.prometheusUrl, bearerTokenSet: Boolean(org.prometheusBearerToken) };
}

export async function updatePrometheusSettings(
  ctx: OrgContext,
  input: PrometheusSettingsInput,
): Promise<PrometheusSettings> {
  authorize(ctx, "config:write");
  if (input.url) await refuseDestination(input.url);
  const before = await load(ctx);
  const data = {
    prometheusUrl: input.url.replace(/\/+$/, "") || null,
    ...(input.bearerToken !== undefined ? { prometheusBearerToken: input.bearerToken || null } : {}),
  };
  return db.$transaction(async (tx) => {
    const org = await tx.organization.update({
      where: { id: ctx.org.id },
      data,
      select: { prometheusUrl: true, prometheusBearerToken: true },
    });
    const after = { url: org.prometheusUrl, bearerTokenSet: Boolean(org.prometheusBearerToken) };
    await recordAudit(tx, ctx, {
      action: "prometheus.settings_updated",
      entityType: "organization",
      entityId: ctx.org.id,
      before: { url: before.prometheusUrl, bearerTokenSet: Boolean(before.prometheusBearerToken) },
      after: { ...after, bearerTokenChanged: input.bearerToken !== undefined },
    });
    return after;
  });
}

/** Polls and tests are refused at connect time anyway; this names the field while it is being edited. */
async function refuseDestination(url: string) {
  const problem = await destinationProblem(url, adminPolicy());
  if (problem) throw validationFailed(`The Prometheus URL is refused. ${problem}`, [{ path: "url", message: problem }]);
}

/**
 * Tries the stored settings, or a URL being entered. The stored token is only sent to the
 * stored URL, so "test" can never hand the secret to another host.
 */
export async function testPrometheusConnection(ctx: OrgContext, url?: string): Promise<{ version: string }> {
  authorize(ctx, "config:write");
  const org = await load(ctx);
  const target = (url?.trim() || org.prometheusUrl || "").replace(/\/+$/, "");
  if (!target) throw badRequest("Set the Prometheus base URL first.");
  await refuseDestination(target);
  const bearerToken = target === org.prometheusUrl ? org.prometheusBearerToken : null;
  try {
    return await testConnection({ url: target, bearerToken, timeoutMs: 5_000 });
  } catch (e) {
    if (e instanceof PrometheusError) throw badRequest(e.message);
    throw e;
  }
}
