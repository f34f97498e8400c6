-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "lastDeliveredAt" TIMESTAMP(3),
ADD COLUMN     "lastDeliveryError" TEXT,
ADD COLUMN     "webhookSecret" TEXT;
