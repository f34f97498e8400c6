-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "lastDeliveredAt" TIMESTAMP(3),
ADD COLUMN     "lastDeliveryError" TEXT,
ADD COLUMN     "webhookSecret" TEXT;

-- CreateIndex
CREATE INDEX "Subscriber_orgId_idx" ON "Subscriber"("orgId");
