import "server-only";
import type { Tx } from "@/lib/db";
import { SEVERITIES } from "./core/lifecycle";
import { BUILT_IN_ROLES } from "./core/roles";
import { DEFAULT_SEVERITY_DESCRIPTIONS, DEFAULT_UPDATE_INTERVAL_MINUTES } from "./core/update-clock";

/** Creates the organization's severity and built-in role definitions the first time they are needed. */
export async function ensureIncidentDefaults(tx: Tx, orgId: string): Promise<void> {
  await tx.severityDefinition.createMany({
    data: SEVERITIES.map((severity) => ({
      orgId,
      severity,
      description: DEFAULT_SEVERITY_DESCRIPTIONS[severity],
      updateIntervalMinutes: DEFAULT_UPDATE_INTERVAL_MINUTES[severity],
    })),
    skipDuplicates: true,
  });
  await tx.incidentRoleDefinition.createMany({
    data: BUILT_IN_ROLES.map((r, position) => ({
      orgId,
      key: r.key,
      name: r.name,
      checklist: [...r.checklist],
      builtIn: true,
      position,
    })),
    skipDuplicates: true,
  });
}
