-- CreateEnum
CREATE TYPE "RoleAssignmentState" AS ENUM ('pending', 'active', 'ended', 'declined');

-- CreateEnum
CREATE TYPE "UpdateVisibility" AS ENUM ('public', 'internal');

-- CreateEnum
CREATE TYPE "SliKind" AS ENUM ('ratio', 'threshold');

-- CreateEnum
CREATE TYPE "SliSource" AS ENUM ('push', 'prometheus');

-- CreateEnum
CREATE TYPE "SloWindowKind" AS ENUM ('rolling', 'calendar');

-- CreateEnum
CREATE TYPE "CalendarUnit" AS ENUM ('week', 'month');

-- CreateEnum
CREATE TYPE "BudgetingMethod" AS ENUM ('occurrences', 'timeslices');

-- CreateEnum
CREATE TYPE "SloIncidentPolicy" AS ENUM ('none', 'page', 'page_and_ticket');

-- CreateEnum
CREATE TYPE "SloAlertSeverity" AS ENUM ('page', 'ticket');

-- CreateEnum
CREATE TYPE "SloAlertStatus" AS ENUM ('firing', 'resolved');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "incidentSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "prometheusBearerToken" TEXT,
ADD COLUMN     "prometheusUrl" TEXT;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "detectedAt" TIMESTAMP(3),
ADD COLUMN     "nextUpdateDueAt" TIMESTAMP(3),
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'manual';

-- CreateTable
CREATE TABLE "IncidentAccess" (
    "incidentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "IncidentAccess_pkey" PRIMARY KEY ("incidentId","userId")
);

-- CreateTable
CREATE TABLE "SeverityDefinition" (
    "orgId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "description" TEXT NOT NULL,
    "updateIntervalMinutes" INTEGER NOT NULL,

    CONSTRAINT "SeverityDefinition_pkey" PRIMARY KEY ("orgId","severity")
);

-- CreateTable
CREATE TABLE "IncidentRoleDefinition" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "checklist" TEXT[],
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IncidentRoleDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentRoleAssignment" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" "RoleAssignmentState" NOT NULL,
    "assignedById" TEXT,
    "offeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "nudgedAt" TIMESTAMP(3),

    CONSTRAINT "IncidentRoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" BIGSERIAL NOT NULL,
    "orgId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "keyMoment" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEventRevision" (
    "id" BIGSERIAL NOT NULL,
    "eventId" BIGINT NOT NULL,
    "data" JSONB NOT NULL,
    "editedById" TEXT,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "change" TEXT NOT NULL,

    CONSTRAINT "TimelineEventRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentTask" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdById" TEXT,
    "doneAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StakeholderUpdate" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "visibility" "UpdateVisibility" NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StakeholderUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalAlert" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "groupKey" TEXT,
    "status" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "labels" JSONB NOT NULL,
    "annotations" JSONB NOT NULL,
    "incidentId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundIntegration" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "InboundIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundDelivery" (
    "integrationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundDelivery_pkey" PRIMARY KEY ("integrationId","messageId")
);

-- CreateTable
CREATE TABLE "NotificationTarget" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "secret" TEXT NOT NULL,
    "events" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" BIGSERIAL NOT NULL,
    "targetId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "responseCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sli" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "SliKind" NOT NULL,
    "source" "SliSource" NOT NULL,
    "goodQuery" TEXT,
    "totalQuery" TEXT,
    "thresholdValue" DECIMAL(20,6),
    "thresholdUnit" TEXT,
    "polledUntil" TIMESTAMP(3),
    "lastPollError" TEXT,
    "managedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sli_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SliPoint" (
    "sliId" TEXT NOT NULL,
    "minute" TIMESTAMPTZ(3) NOT NULL,
    "good" DOUBLE PRECISION NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SliPoint_pkey" PRIMARY KEY ("sliId","minute")
);

-- CreateTable
CREATE TABLE "SliHour" (
    "sliId" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "good" DOUBLE PRECISION NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "SliHour_pkey" PRIMARY KEY ("sliId","hour")
);

-- CreateTable
CREATE TABLE "SliDay" (
    "sliId" TEXT NOT NULL,
    "day" TIMESTAMPTZ(3) NOT NULL,
    "good" DOUBLE PRECISION NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "SliDay_pkey" PRIMARY KEY ("sliId","day")
);

-- CreateTable
CREATE TABLE "Slo" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "sliId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "target" DECIMAL(9,6) NOT NULL,
    "windowKind" "SloWindowKind" NOT NULL DEFAULT 'rolling',
    "windowDays" INTEGER DEFAULT 30,
    "calendarUnit" "CalendarUnit",
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "budgetingMethod" "BudgetingMethod" NOT NULL DEFAULT 'occurrences',
    "timesliceThreshold" DECIMAL(9,6),
    "alertConditions" JSONB,
    "minEvents" INTEGER NOT NULL DEFAULT 0,
    "freezeBelowRatio" DECIMAL(9,6) NOT NULL DEFAULT 0,
    "incidentPolicy" "SloIncidentPolicy" NOT NULL DEFAULT 'none',
    "incidentSeverity" "Severity" NOT NULL DEFAULT 'SEV2',
    "managedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Slo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SloAlert" (
    "id" TEXT NOT NULL,
    "sloId" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "severity" "SloAlertSeverity" NOT NULL,
    "status" "SloAlertStatus" NOT NULL,
    "firedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "figures" JSONB NOT NULL,
    "incidentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SloAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeployGateException" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeployGateException_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IncidentRoleDefinition_orgId_key_key" ON "IncidentRoleDefinition"("orgId", "key");

-- CreateIndex
CREATE INDEX "IncidentRoleAssignment_incidentId_roleKey_state_idx" ON "IncidentRoleAssignment"("incidentId", "roleKey", "state");

-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_occurredAt_id_idx" ON "TimelineEvent"("incidentId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "TimelineEventRevision_eventId_idx" ON "TimelineEventRevision"("eventId");

-- CreateIndex
CREATE INDEX "IncidentTask_incidentId_idx" ON "IncidentTask"("incidentId");

-- CreateIndex
CREATE INDEX "StakeholderUpdate_incidentId_createdAt_idx" ON "StakeholderUpdate"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "ExternalAlert_orgId_groupKey_idx" ON "ExternalAlert"("orgId", "groupKey");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalAlert_orgId_source_fingerprint_startsAt_key" ON "ExternalAlert"("orgId", "source", "fingerprint", "startsAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_targetId_createdAt_idx" ON "NotificationDelivery"("targetId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Sli_serviceId_idx" ON "Sli"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "Sli_orgId_name_key" ON "Sli"("orgId", "name");

-- CreateIndex
CREATE INDEX "Slo_sliId_idx" ON "Slo"("sliId");

-- CreateIndex
CREATE UNIQUE INDEX "Slo_orgId_name_key" ON "Slo"("orgId", "name");

-- CreateIndex
CREATE INDEX "SloAlert_sloId_firedAt_idx" ON "SloAlert"("sloId", "firedAt" DESC);

-- CreateIndex
CREATE INDEX "DeployGateException_serviceId_expiresAt_idx" ON "DeployGateException"("serviceId", "expiresAt");

-- CreateIndex
CREATE INDEX "Incident_orgId_startedAt_idx" ON "Incident"("orgId", "startedAt" DESC);

-- AddForeignKey
ALTER TABLE "IncidentAccess" ADD CONSTRAINT "IncidentAccess_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAccess" ADD CONSTRAINT "IncidentAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeverityDefinition" ADD CONSTRAINT "SeverityDefinition_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleDefinition" ADD CONSTRAINT "IncidentRoleDefinition_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEventRevision" ADD CONSTRAINT "TimelineEventRevision_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentTask" ADD CONSTRAINT "IncidentTask_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StakeholderUpdate" ADD CONSTRAINT "StakeholderUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalAlert" ADD CONSTRAINT "ExternalAlert_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalAlert" ADD CONSTRAINT "ExternalAlert_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundIntegration" ADD CONSTRAINT "InboundIntegration_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationTarget" ADD CONSTRAINT "NotificationTarget_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "NotificationTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sli" ADD CONSTRAINT "Sli_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sli" ADD CONSTRAINT "Sli_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SliPoint" ADD CONSTRAINT "SliPoint_sliId_fkey" FOREIGN KEY ("sliId") REFERENCES "Sli"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SliHour" ADD CONSTRAINT "SliHour_sliId_fkey" FOREIGN KEY ("sliId") REFERENCES "Sli"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SliDay" ADD CONSTRAINT "SliDay_sliId_fkey" FOREIGN KEY ("sliId") REFERENCES "Sli"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slo" ADD CONSTRAINT "Slo_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slo" ADD CONSTRAINT "Slo_sliId_fkey" FOREIGN KEY ("sliId") REFERENCES "Sli"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SloAlert" ADD CONSTRAINT "SloAlert_sloId_fkey" FOREIGN KEY ("sloId") REFERENCES "Slo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployGateException" ADD CONSTRAINT "DeployGateException_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
