import "server-only";
import type { OrgContext } from "@/lib/access/context";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { visibleIncidents } from "./visibility";

/** `ref` is the incident's id or its number within the organization ("42" or "INC-42"). */
export function refWhere(ref: string) {
  const number = /^(?:INC-)?(\d{1,9})$/i.exec(ref)?.[1];
  return number ? { number: Number(number) } : { id: ref };
}

/** Loads an incident `ctx` may see, or 404 — also for private incidents it is not on. */
export async function loadIncident(tx: Tx, ctx: OrgContext, ref: string) {
  const incident = await tx.incident.findFirst({ where: { AND: [visibleIncidents(ctx), refWhere(ref)] } });
  if (!incident) throw notFound("Incident");
  return incident;
}
