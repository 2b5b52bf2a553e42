-- CreateEnum
CREATE TYPE "NewsletterList" AS ENUM ('WORKING_GROUPS', 'OBSERVATORY_NEWS');

-- DropIndex
DROP INDEX "NewsletterSubscription_unsubscribeTokenHash_key";

-- AlterTable
ALTER TABLE "NewsletterSubscription" DROP COLUMN "unsubscribeTokenHash",
DROP COLUMN "unsubscribedAt",
ADD COLUMN     "confirmationExpiresAt" TIMESTAMP(3),
ADD COLUMN     "emailHash" TEXT NOT NULL,
ADD COLUMN     "unsubscribeNonce" TEXT NOT NULL,
DROP COLUMN "lists",
ADD COLUMN     "lists" "NewsletterList"[];

-- CreateTable
CREATE TABLE "NewsletterConsent" (
    "id" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "lists" "NewsletterList"[],
    "consentAt" TIMESTAMP(3) NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsletterConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "headers" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "NotificationOutbox" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "list" "NewsletterList" NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expandedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "NotificationOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" TEXT NOT NULL,
    "outboxId" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsletterConsent_emailHash_idx" ON "NewsletterConsent"("emailHash");

-- CreateIndex
CREATE INDEX "StoredEmail_createdAt_idx" ON "StoredEmail"("createdAt");

-- CreateIndex
CREATE INDEX "RateLimitCounter_updatedAt_idx" ON "RateLimitCounter"("updatedAt");

-- CreateIndex
CREATE INDEX "NotificationOutbox_sentAt_idx" ON "NotificationOutbox"("sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationOutbox_entityType_entityId_key" ON "NotificationOutbox"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "NotificationDelivery_sentAt_claimedAt_idx" ON "NotificationDelivery"("sentAt", "claimedAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_subscriptionId_idx" ON "NotificationDelivery"("subscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDelivery_outboxId_subscriptionId_key" ON "NotificationDelivery"("outboxId", "subscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscription_emailHash_key" ON "NewsletterSubscription"("emailHash");

-- CreateIndex
CREATE INDEX "NewsletterSubscription_confirmedAt_idx" ON "NewsletterSubscription"("confirmedAt");

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_outboxId_fkey" FOREIGN KEY ("outboxId") REFERENCES "NotificationOutbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "NewsletterSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
