-- CreateEnum
CREATE TYPE "PostmortemStatus" AS ENUM ('draft', 'in_review', 'published', 'closed');

-- CreateEnum
CREATE TYPE "PostmortemReviewDecision" AS ENUM ('pending', 'approved', 'changes_requested');

-- CreateEnum
CREATE TYPE "ActionItemType" AS ENUM ('mitigate', 'prevent', 'process');

-- CreateEnum
CREATE TYPE "ActionItemPriority" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'in_progress', 'done');

-- CreateEnum
CREATE TYPE "PostmortemDueUnit" AS ENUM ('calendar_days', 'business_days');

-- CreateTable
CREATE TABLE "PostmortemSettings" (
    "orgId" TEXT NOT NULL,
    "template" JSONB NOT NULL,
    "postPublicSummary" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemSettings_pkey" PRIMARY KEY ("orgId")
);

-- CreateTable
CREATE TABLE "PostmortemSeverityPolicy" (
    "orgId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "required" BOOLEAN NOT NULL,
    "dueAmount" INTEGER NOT NULL,
    "dueUnit" "PostmortemDueUnit" NOT NULL,

    CONSTRAINT "PostmortemSeverityPolicy_pkey" PRIMARY KEY ("orgId","severity")
);

-- CreateTable
CREATE TABLE "Postmortem" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PostmortemStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "contentVersion" INTEGER NOT NULL DEFAULT 1,
    "facts" JSONB NOT NULL,
    "tags" TEXT[],
    "publicSummary" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "searchVector" tsvector,

    CONSTRAINT "Postmortem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemSection" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemSectionVersion" (
    "id" BIGSERIAL NOT NULL,
    "sectionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemSectionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemReview" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "PostmortemReviewDecision" NOT NULL DEFAULT 'pending',
    "contentVersion" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PostmortemReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemComment" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PostmortemComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemFlagDismissal" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "dismissedById" TEXT,
    "dismissedByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemFlagDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemPublication" (
    "id" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "publishedById" TEXT,
    "publishedBy" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemActionItem" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "ActionItemType" NOT NULL,
    "priority" "ActionItemPriority" NOT NULL,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "ownerId" TEXT,
    "serviceId" TEXT,
    "team" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "trackerUrl" TEXT,
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemFactor" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemShareLink" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "postmortemId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "PostmortemShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Postmortem_incidentId_key" ON "Postmortem"("incidentId");

-- CreateIndex
CREATE INDEX "Postmortem_orgId_status_idx" ON "Postmortem"("orgId", "status");

-- CreateIndex
CREATE INDEX "Postmortem_searchVector_idx" ON "Postmortem" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemSection_postmortemId_key_key" ON "PostmortemSection"("postmortemId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemSectionVersion_sectionId_version_key" ON "PostmortemSectionVersion"("sectionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemReview_postmortemId_revision_reviewerId_key" ON "PostmortemReview"("postmortemId", "revision", "reviewerId");

-- CreateIndex
CREATE INDEX "PostmortemComment_postmortemId_sectionKey_idx" ON "PostmortemComment"("postmortemId", "sectionKey");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemFlagDismissal_postmortemId_sectionKey_rule_excerp_key" ON "PostmortemFlagDismissal"("postmortemId", "sectionKey", "rule", "excerpt");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemPublication_postmortemId_revision_key" ON "PostmortemPublication"("postmortemId", "revision");

-- CreateIndex
CREATE INDEX "PostmortemActionItem_orgId_status_idx" ON "PostmortemActionItem"("orgId", "status");

-- CreateIndex
CREATE INDEX "PostmortemActionItem_postmortemId_idx" ON "PostmortemActionItem"("postmortemId");

-- CreateIndex
CREATE INDEX "PostmortemFactor_orgId_category_idx" ON "PostmortemFactor"("orgId", "category");

-- CreateIndex
CREATE INDEX "PostmortemFactor_postmortemId_idx" ON "PostmortemFactor"("postmortemId");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemShareLink_tokenHash_key" ON "PostmortemShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "PostmortemShareLink_postmortemId_idx" ON "PostmortemShareLink"("postmortemId");

-- AddForeignKey
ALTER TABLE "PostmortemSettings" ADD CONSTRAINT "PostmortemSettings_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSeverityPolicy" ADD CONSTRAINT "PostmortemSeverityPolicy_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSection" ADD CONSTRAINT "PostmortemSection_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSectionVersion" ADD CONSTRAINT "PostmortemSectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PostmortemSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReview" ADD CONSTRAINT "PostmortemReview_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReview" ADD CONSTRAINT "PostmortemReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemComment" ADD CONSTRAINT "PostmortemComment_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemFlagDismissal" ADD CONSTRAINT "PostmortemFlagDismissal_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemPublication" ADD CONSTRAINT "PostmortemPublication_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemActionItem" ADD CONSTRAINT "PostmortemActionItem_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemActionItem" ADD CONSTRAINT "PostmortemActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemActionItem" ADD CONSTRAINT "PostmortemActionItem_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemFactor" ADD CONSTRAINT "PostmortemFactor_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemShareLink" ADD CONSTRAINT "PostmortemShareLink_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
