-- At most one active holder of each role but responders, per incident. The Prisma schema
-- cannot express a partial index, so this migration is written by hand (schema diffs never see it).
CREATE UNIQUE INDEX "IncidentRoleAssignment_one_active_holder" ON "IncidentRoleAssignment" ("incidentId", "roleKey") WHERE "state" = 'active' AND "roleKey" <> 'responder';
