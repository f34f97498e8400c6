-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "updateRemindedFor" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "IncidentSettings" (
    "orgId" TEXT NOT NULL,
    "commanderNudgeHours" INTEGER NOT NULL DEFAULT 3,
    "updateReminderMinutes" INTEGER NOT NULL DEFAULT 5,
    "alertSeverityMap" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentSettings_pkey" PRIMARY KEY ("orgId")
);

-- AddForeignKey
ALTER TABLE "IncidentSettings" ADD CONSTRAINT "IncidentSettings_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
